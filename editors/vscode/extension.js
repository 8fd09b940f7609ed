// The whole extension: starts `sqlj lsp` for SQL and YAML files and passes the settings on.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("sqlj");
  client = new LanguageClient("sqlj", "sqlj",
    { command: settings.get("command"), args: ["lsp"] },
    {
      documentSelector: [
        { scheme: "file", language: "sql" },
        { scheme: "file", pattern: "**/{sqlj.yaml,sqlc.yaml,sqlc.yml,sqlc.json}" },
      ],
      initializationOptions: {
        generateOnSave: settings.get("generateOnSave"),
        debounceMs: settings.get("debounceMs"),
      },
      synchronize: {
        configurationSection: "sqlj",
        fileEvents: vscode.workspace.createFileSystemWatcher("**/{sqlj.yaml,sqlc.yaml,sqlc.yml,sqlc.json,*.sql}"),
      },
    });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
