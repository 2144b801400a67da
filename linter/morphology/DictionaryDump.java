// Prints every entry of LanguageTool's German part-of-speech dictionary (german-pos-dict,
// inside LanguageTool's own jars) as "form<TAB>lemma<TAB>tag" lines on standard output. newslint runs
// this once per LanguageTool version (java's single-file source launch, no compile step) and
// keeps what its grammar rules need in its cache: see linter/morphology/lexicon.py.
import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.net.URL;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

public class DictionaryDump {
  public static void main(String[] args) throws Exception {
    URL resource = DictionaryDump.class.getResource("/org/languagetool/resource/de/german.dict");
    if (resource == null) {
      System.err.println("german.dict is not on the classpath (LanguageTool's language-de jars)");
      System.exit(2);
    }
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 20), false, "UTF-8");
    for (WordData entry : new DictionaryLookup(Dictionary.read(resource))) {
      out.print(entry.getWord());
      out.print('\t');
      out.print(entry.getStem());
      out.print('\t');
      out.println(entry.getTag());
    }
    out.flush();
    if (out.checkError()) {
      System.exit(3);
    }
  }
}
