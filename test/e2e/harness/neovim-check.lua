-- Generic LSP client check for Neovim 0.7.2 (Debian 12): no vim.lsp.start there,
-- so start_client + buf_attach_client. Run by neovim.js as
--   nvim --headless --clean -u neovim-check.lua FILE
-- with RL_NVIM_CMD (JSON array), RL_NVIM_EXPECT (JSON file), RL_NVIM_OUT, RL_NVIM_TIMEOUT.
-- Writes {diagnostics, symbols, errors} to RL_NVIM_OUT; exits 0, or 1 on failure.
-- Columns are Neovim's: 0-based BYTE offsets (the server speaks UTF-16).

local out_path = os.getenv('RL_NVIM_OUT')
local timeout = tonumber(os.getenv('RL_NVIM_TIMEOUT') or '20000')
local result = { diagnostics = {}, symbols = {}, errors = {} }

local function finish(ok)
  vim.fn.writefile({ vim.fn.json_encode(result) }, out_path)
  vim.cmd(ok and 'qa!' or 'cquit 1')
end

local function fail(msg)
  table.insert(result.errors, msg)
  finish(false)
end

local function symbol_tree(symbols)
  local names = {}
  for _, s in ipairs(symbols or {}) do
    -- DocumentSymbol has children; SymbolInformation (flat) has none.
    table.insert(names, { name = s.name, kind = s.kind, children = symbol_tree(s.children) })
  end
  return names
end

local function main()
  local cmd = vim.fn.json_decode(os.getenv('RL_NVIM_CMD'))
  local expect = vim.fn.json_decode(table.concat(vim.fn.readfile(os.getenv('RL_NVIM_EXPECT')), '\n'))
  -- Wait for as many diagnostics as expected, so a partial first publish is not taken.
  local want = #(expect.diagnostics or {})
  local bufnr = vim.api.nvim_get_current_buf()
  local publishes, exited = 0, nil

  local client_id = vim.lsp.start_client({
    name = 'rl-check',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
        publishes = publishes + 1
        return vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
      end,
    },
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  if not client_id then return fail('start_client failed for ' .. vim.inspect(cmd)) end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(timeout, function()
    return exited ~= nil or (publishes > 0 and #vim.diagnostic.get(bufnr) >= want)
  end, 50)
  if exited then return fail('server exited early: ' .. vim.inspect(exited)) end
  if not got then
    table.insert(result.errors, string.format('timeout after %d ms: %d publishes, %d of %d diagnostics',
      timeout, publishes, #vim.diagnostic.get(bufnr), want))
  end

  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      message = d.message, code = d.code, severity = d.severity, source = d.source,
    })
  end
  table.sort(result.diagnostics, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)

  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol',
    { textDocument = vim.lsp.util.make_text_document_params(bufnr) }, timeout)
  local response = responses and responses[client_id]
  if not response then
    table.insert(result.errors, 'no documentSymbol response')
  elseif response.err then
    table.insert(result.errors, 'documentSymbol error: ' .. vim.inspect(response.err))
  else
    result.symbols = symbol_tree(response.result)
  end

  vim.lsp.stop_client(client_id)
  finish(#result.errors == 0)
end

-- -u runs before FILE is loaded into a buffer, so wait for VimEnter.
vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then fail('lua error: ' .. tostring(err)) end
  end,
})
