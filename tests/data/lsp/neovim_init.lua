-- Neovim (0.7 and later) as newslint's language client, headless, for tests/test_lsp_neovim.py.
-- Attaches `newslint lsp` to the file given on the command line, waits for its
-- diagnostics, applies the preferred quick fix of the first one, and writes
-- what it saw as JSON to $NEWSLINT_NVIM_OUT; then quits.

local out = vim.env.NEWSLINT_NVIM_OUT
local cmd = vim.fn.json_decode(vim.env.NEWSLINT_NVIM_CMD)

local published = nil -- the server's last diagnostics as sent (LSP ranges, data)

local function finish(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd("qall!")
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local bufnr = vim.api.nvim_get_current_buf()
    local client_id = vim.lsp.start_client({
      name = "newslint", cmd = cmd, root_dir = vim.fn.getcwd(),
      handlers = {
        ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
          published = result
          return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        end,
      },
    })
    if not client_id then
      return finish({ error = "the language server did not start" })
    end
    vim.lsp.buf_attach_client(bufnr, client_id)
    local got = vim.wait(60000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      table.insert(diagnostics, {
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
        severity = d.severity, message = d.message, source = d.source, code = d.code,
      })
    end
    table.sort(diagnostics, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)

    local fixed = nil
    if got then
      local lsp_diagnostic = published.diagnostics[1]
      for _, d in ipairs(published.diagnostics) do
        if d.range.start.line < lsp_diagnostic.range.start.line then lsp_diagnostic = d end
      end
      local client = vim.lsp.get_client_by_id(client_id)
      local params = {
        textDocument = { uri = vim.uri_from_bufnr(bufnr) },
        range = lsp_diagnostic.range,
        context = { diagnostics = { lsp_diagnostic } },
      }
      local response = client.request_sync("textDocument/codeAction", params, 10000, bufnr)
      for _, action in ipairs((response and response.result) or {}) do
        if action.isPreferred and action.edit then
          vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or "utf-16")
          fixed = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
          break
        end
      end
    end
    finish({ got = got, diagnostics = diagnostics, fixed = fixed })
  end,
})
