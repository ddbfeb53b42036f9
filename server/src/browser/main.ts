// The browser entry of the server (dist/browser/server.js), a classic Web Worker script started by the web
// extension (client/src/browserExtension.ts): messages over postMessage, files through the client, the
// built-in catalogue inside the bundle. No Node built-in reaches this bundle (esbuild.mjs checks).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { browserRuntime } from './runtime';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, browserRuntime(connection));
connection.console.info(`unres language server in a web worker (typeof process: ${typeof process})`);
