// The node entry of the server: the transport (--stdio, --node-ipc, --socket) comes from the command line, the
// workspace is the disk, the built-in catalogue is read from beside the bundle.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NODE_RUNTIME } from './node/runtime';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), NODE_RUNTIME);
