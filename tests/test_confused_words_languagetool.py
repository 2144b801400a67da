"""The confused-word rules (``rules/verwechslung/``) against the real LanguageTool.

They are there for real-word errors LanguageTool 6.8 without its n-gram data lets pass: each
sentence below is checked by LanguageTool alone (an HTTP request to the server) and by newslint.
Where LanguageTool already flags the slip at the same span ("so das er", "der beste
Spielerinnen"), newslint reports it once, as the house rule; the merge keeps the house rule.
"""

from __future__ import annotations

import pytest

from tests.check_support import languagetool_alone, newslint_findings

#: sentence -> (house rule, flagged text); LanguageTool alone reports nothing in these.
MISSED_BY_LANGUAGETOOL = {
    "Er kam nicht, den er war krank.": ("verwechslung.denn-statt-den", "den"),
    "Es ist wichtig, das wir zusammenhalten.": ("verwechslung.dass-nach-adjektiv", "das"),
    "Seit dem ist nichts mehr passiert.": ("verwechslung.seitdem", "Seit dem"),
    "Es regnete, so das wir zu Hause blieben.": ("verwechslung.sodass", "so das"),
    "Das war einer der schönste Tage.": ("verwechslung.schwache-beugung", "der schönste Tage"),
    "Der Patient ist Tod.": ("verwechslung.tot-statt-tod", "Tod"),
    "Er lebte bis zu seinem tot.": ("verwechslung.tod-statt-tot", "tot"),
    "Sie isst in Berlin geboren.": ("verwechslung.ist-statt-isst", "isst"),
    "Er ging, ohne das er sich verabschiedete.": ("verwechslung.dass-nach-konjunktion", "das"),
    "Wenn kommt der Zug?": ("verwechslung.wann-statt-wenn", "Wenn"),
    "Gestern bestätigte der Konzern, das er Stellen abbaue.": ("verwechslung.dass-nach-sagen", "das"),
    "Er wohnt in Jahr 2000 in Berlin.": ("verwechslung.im-und-am", "in"),
    "Er bestritt die Vorwürfe, das er Geld genommen habe.": ("verwechslung.dass-nach-nomen", "das"),
    "Die Wahl findet am Sonntag Stadt.": ("verwechslung.statt-stadt", "Stadt"),
    "Er wollte sie um Rad fragen.": ("verwechslung.redewendungen", "um Rad fragen"),
    "Untern den Opfern waren auch Kinder.": ("verwechslung.verschmelzung-vor-artikel", "Untern"),
    "Plötzlich viel der Strom aus.": ("verwechslung.viel-statt-fiel", "viel"),
    "Das war zu fiel für ihn.": ("verwechslung.fiel-statt-viel", "fiel"),
    "Das kann Mann nicht wissen.": ("verwechslung.mann-statt-man", "Mann"),
    "Ein man aus Wien wurde verhaftet.": ("verwechslung.man-statt-mann", "man"),
    "Die Ministerin sagte, dass Gesetz sei beschlossen.": ("verwechslung.das-statt-dass", "dass"),
    "Die Kapelle würde 1820 geweiht.": ("verwechslung.wurde-statt-wuerde", "würde"),
    "Keiner weiß, ab er zurücktritt.": ("verwechslung.ob-statt-ab", "ab"),
    "Sie bat, in zu entlassen.": ("verwechslung.ihn-statt-in", "in"),
    "Der Erfolg gehört ihn allein.": ("verwechslung.ihm-statt-ihn", "ihn"),
    "Wir haben ihm oft gefragt.": ("verwechslung.ihn-statt-ihm", "ihm"),
    "Ein Verein mit 80 Mitglieder feiert.": ("verwechslung.dativ-plural-nach-zahl", "Mitglieder"),
    "Die Insel zählt 900 Bewohnern.": ("verwechslung.akkusativ-plural-nach-zahl", "Bewohnern"),
    "Die Frage ist nach nicht geklärt.": ("verwechslung.noch-statt-nach", "nach"),
    "Keiner glaubte im.": ("verwechslung.ihm-statt-im", "im"),
    "Er fast den Streit kurz zusammen.": ("verwechslung.fasst-statt-fast", "fast"),
    "Sie war einer der ersten Pilotinnen.": ("verwechslung.eine-der-frauen", "einer"),
    "Er ist eine der bekanntesten Männer der Stadt.": ("verwechslung.einer-der-maenner", "eine"),
    "Er sagte, dass neue Gesetz sei beschlossen.": ("verwechslung.das-statt-dass", "dass"),
    "Die Halle bietet Platz für 900 Besuchern.": ("verwechslung.akkusativ-plural-nach-zahl", "Besuchern"),
    "In fielen Fällen blieb es ruhig.": ("verwechslung.vielen-statt-fielen", "fielen"),
    "Wir wahren sehr zufrieden.": ("verwechslung.waren-statt-wahren", "wahren"),
    "Sie hat keine Leere daraus gezogen.": ("verwechslung.redewendungen", "Leere daraus gezogen"),
    "Er wollte es nicht war haben.": ("verwechslung.redewendungen", "nicht war haben"),
    "Fielen Dank für die Blumen.": ("verwechslung.redewendungen", "Fielen Dank"),
    "Der Zeuge ist seit dem verschwunden.": ("verwechslung.seitdem", "seit dem"),
    "Der Streit lässt sich auf diese Waise nicht lösen.": ("verwechslung.redewendungen", "auf diese Waise"),
    "Die Reform soll so rasch wir möglich kommen.": ("verwechslung.wie-statt-wir", "wir"),
    "Wir sehen uns nach her.": ("verwechslung.adverb-getrennt", "nach her"),
    "Es regnete, des halb blieb er zu Hause.": ("verwechslung.adverb-getrennt", "des halb"),
    "Er versuchte, dass Problem zu lösen.": ("verwechslung.das-vor-infinitiv", "dass"),
    "Wir bitten, dass zu entschuldigen.": ("verwechslung.das-vor-infinitiv", "dass"),
    "Sie ist der Meinung, das alles gut wird.": ("verwechslung.dass-nach-nomen", "das"),
    "Die Feuerwehr war rasch Vorort und löschte den Brand.": ("verwechslung.vor-ort", "Vorort"),
    "Das Konzert soll am Samstag Stadt finden.": ("verwechslung.statt-stadt", "Stadt finden"),
    "Wir gehen spazieren, wen es nicht regnet.": ("verwechslung.wen-statt-wenn", "wen"),
    "Dafür gibt es bisher kein Hinweis.": ("verwechslung.es-gibt-einen", "kein"),
    "Es gibt ein großer Unterschied.": ("verwechslung.es-gibt-einen-adjektiv", "ein großer"),
    "Sein Tot kam überraschend.": ("verwechslung.tod-statt-tot", "Tot"),
    "Die Preise stiegen, so das viele sparen müssen.": ("verwechslung.sodass", "so das"),
    "Das Ergebnis viel deutlich besser aus als erwartet.": ("verwechslung.viel-statt-fiel", "viel"),
    "Er liegt seit Tagen in Krankenhaus.": ("verwechslung.im-vor-ort-nomen", "in"),
    "Sie kehrte wider in die Heimat zurück.": ("verwechslung.wider-statt-wieder", "wider"),
    "Er sprach lange. Wider wurde nichts beschlossen.": ("verwechslung.wider-statt-wieder", "Wider"),
    "Die Täter sind längst Weg.": ("verwechslung.weg-kleingeschrieben", "Weg"),
    "Er war noch ein mal in Wien.": ("verwechslung.adverb-getrennt", "ein mal"),
    "Im Nahmen des Volkes ergeht folgendes Urteil.": ("verwechslung.redewendungen", "Im Nahmen"),
    "Er kam mit ein Auto.": ("verwechslung.einem-nach-praeposition", "ein"),
    "Seit ein Monat regnet es.": ("verwechslung.einem-nach-praeposition", "ein"),
    "Wie so hat er das getan?": ("verwechslung.adverb-getrennt", "Wie so"),
    "Er war bei nahe gestorben.": ("verwechslung.adverb-getrennt", "bei nahe"),
    "Er fand kein Ausweg.": ("verwechslung.einen-als-objekt", "kein"),
    "Wir brauchen ein Plan.": ("verwechslung.einen-als-objekt", "ein"),
    "Als er kein Ausweg sah, gab er auf.": ("verwechslung.einen-als-objekt", "kein"),
    "Der Segler ist seit dem verschollen.": ("verwechslung.seitdem", "seit dem"),
    "Wir wahren alle betroffen.": ("verwechslung.waren-statt-wahren", "wahren"),
    "Das Gesetz würde 1949 beschlossen.": ("verwechslung.wurde-statt-wuerde", "würde"),
    "Sie einigten sich auf ein Kompromiss.": ("verwechslung.einen-nach-wechselpraeposition", "ein"),
    "Er wartet auf ein Termin.": ("verwechslung.einen-nach-wechselpraeposition", "ein"),
    "Er sagte, die Preise sein gestiegen.": ("verwechslung.seien-statt-sein", "sein"),
    "Die Kinder sein müde, hieß es.": ("verwechslung.seien-statt-sein", "sein"),
    "Sie dankt den Lehrer.": ("verwechslung.dem-nach-dativverb", "den"),
    "Sie gratulierte ihren Chef.": ("verwechslung.dem-nach-dativverb", "ihren"),
    "Sie hat fiel erreicht.": ("verwechslung.fiel-statt-viel", "fiel"),
    "Die Frage, ob er zurücktritt, lies er offen.": ("verwechslung.liess-statt-lies", "lies"),
    "Darauf lies man sich nicht ein.": ("verwechslung.liess-statt-lies", "lies"),
    "Nach der Operation geht es ihn gut.": ("verwechslung.es-geht-ihm", "ihn"),
    "Wie geht es dich?": ("verwechslung.es-geht-mir", "dich"),
    "Mich geht es gut, sagte sie.": ("verwechslung.es-geht-mir", "Mich"),
    "Die Feuerwehr konnte denn Brand rasch löschen.": ("verwechslung.den-statt-denn", "denn"),
    "Der Zug kam zu spät an, da die Strecke gesperrt wahr.": ("verwechslung.war-statt-wahr", "wahr"),
    "Der Minister würde gestern gewählt.": ("verwechslung.wurde-statt-wuerde", "würde"),
    "Nachdem das Gesetz beschlossen würde, trat er zurück.": ("verwechslung.wurde-statt-wuerde", "würde"),
    "Der Vertrag würde letzte Woche unterzeichnet.": ("verwechslung.wurde-statt-wuerde", "würde"),
    "Die Polizei nahm ihm fest.": ("verwechslung.ihn-statt-ihm", "ihm"),
    "Sie hat im gestern einen Brief geschrieben.": ("verwechslung.ihm-statt-im", "im"),
    "Das Gebäude wir derzeit renoviert.": ("verwechslung.wird-statt-wir", "wir"),
    "Man wir sehen, sagte er.": ("verwechslung.wird-statt-wir", "wir"),
    "Der Mann ist 40 Jahre als.": ("verwechslung.alt-statt-als", "als"),
    "Er ist einer den bekanntesten Künstler des Landes.": ("verwechslung.der-vor-superlativ", "den"),
    "Das Spiel endete mir einem Unentschieden.": ("verwechslung.mit-statt-mir", "mir"),
    "Der Kanzler sprach vom einer schweren Krise.": ("verwechslung.von-statt-vom", "vom"),
    "Das Wetter war schlecht, trotz fand das Fest statt.": ("verwechslung.trotzdem-statt-trotz", "trotz"),
    "Er arbeitet sei Jahren in der Firma.": ("verwechslung.seit-statt-sei", "sei"),
    "Er ist ein der reichsten Männer der Welt.": ("verwechslung.einer-vor-superlativ", "ein"),
    "Er wurde zum dritte Mal gewählt.": ("verwechslung.ordinalzahl-vor-mal", "zum dritte"),
    "Die Regierung hat den Vorschlag zugestimmt.": ("verwechslung.dem-vor-dativpartizip", "den"),
    "Er hat seinen Chef nie widersprochen.": ("verwechslung.dem-vor-dativpartizip", "seinen"),
    "Der Verein hat seinem Trainer entlassen.": ("verwechslung.den-vor-akkusativpartizip", "seinem"),
    "Das Gericht hat dem Antrag abgelehnt.": ("verwechslung.den-vor-akkusativpartizip", "dem"),
    "Man geht davon aus, das der Brand gelegt wurde.": ("verwechslung.dass-nach-pronominaladverb", "das"),
    "Wir achten darauf, das alle pünktlich sind.": ("verwechslung.dass-nach-pronominaladverb", "das"),
    "Er hat mir gefragt, ob ich komme.": ("verwechslung.mich-statt-mir", "mir"),
    "Sie hat dich geholfen.": ("verwechslung.mir-statt-mich", "dich"),
    "Die Frau, dessen Mann verstorben war, erbte das Haus.": ("verwechslung.deren-statt-dessen", "dessen"),
    "Ein junger Journalist, deren Artikel Aufsehen erregte, wurde verhaftet.": ("verwechslung.dessen-statt-deren", "deren"),
    "Er wurde zum Bürgermeisters gewählt.": ("verwechslung.dativ-nach-verschmelzung", "Bürgermeisters"),
    "Die Burg entstand im 12. Jahrhunderts.": ("verwechslung.dativ-nach-verschmelzung", "Jahrhunderts"),
    "Nach dem Krieg wahr die Stadt zerstört.": ("verwechslung.war-statt-wahr", "wahr"),
    "Sie viel bei der Wahl durch.": ("verwechslung.viel-statt-fiel", "viel"),
    "Der Präsident haben gestern eine Rede gehalten.": ("verwechslung.subjekt-verb-kongruenz", "haben"),
    "Der Vorsitzende haben seinen Rücktritt angekündigt.": ("verwechslung.subjekt-verb-kongruenz", "haben"),
    "Die Kinder spielt jeden Nachmittag im Park.": ("verwechslung.subjekt-verb-kongruenz", "spielt"),
    "Die Mannschaft spielten gestern gegen Salzburg.": ("verwechslung.subjekt-verb-kongruenz", "spielten"),
}

#: sentence -> (house rule, flagged text); LanguageTool flags the same span with a rule of its own.
ALSO_FLAGGED_BY_LANGUAGETOOL = {
    "Er war müde, so das er früh schlafen ging.": ("verwechslung.sodass", "so das"),
    "Sie ist eine der beste Spielerinnen der Liga.": ("verwechslung.schwache-beugung", "der beste Spielerinnen"),
    "Danach sagte der Angeklagte, das er unschuldig sei.": ("verwechslung.dass-nach-sagen", "das"),
    "Sie teilt die Sorge, das er scheitert.": ("verwechslung.dass-nach-nomen", "das"),
    "Sie wahren froh, dass es vorbei war.": ("verwechslung.waren-statt-wahren", "wahren"),
}

SENTENCES = {**MISSED_BY_LANGUAGETOOL, **ALSO_FLAGGED_BY_LANGUAGETOOL}


def spans_alone(url: str, text: str) -> list[tuple[str, str]]:
    """(rule id, flagged text) of every match LanguageTool itself reports on ``text``."""
    return [(m["rule"]["id"], text[m["offset"]:m["offset"] + m["length"]])
            for m in languagetool_alone(url, text, language="de-DE")]


@pytest.fixture(scope="module")
def findings_by_line(languagetool_url, tmp_path_factory) -> dict[int, list[dict]]:
    path = tmp_path_factory.mktemp("confused") / "text.txt"
    lines: dict[int, list[dict]] = {}
    for finding in newslint_findings(languagetool_url, path, "\n\n".join(SENTENCES) + "\n", language="de-DE"):
        lines.setdefault(finding["line"], []).append(finding)
    return lines


def _findings_of(findings_by_line: dict[int, list[dict]], sentence: str) -> list[dict]:
    line = 1 + 2 * list(SENTENCES).index(sentence)
    return findings_by_line.get(line, [])


@pytest.mark.parametrize("sentence", MISSED_BY_LANGUAGETOOL)
def test_newslint_finds_a_real_word_error_languagetool_lets_pass(languagetool_url, findings_by_line, sentence):
    rule, flagged = MISSED_BY_LANGUAGETOOL[sentence]
    slips = [text for _, text in spans_alone(languagetool_url, sentence) if flagged in text or text in flagged]
    assert slips == [], "LanguageTool reports this slip itself; the rule is no longer needed for it"
    found = [(f["rule"], f["text"], f["severity"]) for f in _findings_of(findings_by_line, sentence)]
    assert (rule, flagged, "warning") in found, found


@pytest.mark.parametrize("sentence", ALSO_FLAGGED_BY_LANGUAGETOOL)
def test_a_slip_both_flag_is_reported_once(languagetool_url, findings_by_line, sentence):
    rule, flagged = ALSO_FLAGGED_BY_LANGUAGETOOL[sentence]
    assert flagged in [text for _, text in spans_alone(languagetool_url, sentence)]
    same_span = [f["rule"] for f in _findings_of(findings_by_line, sentence) if f["text"] == flagged]
    assert same_span == [rule]
