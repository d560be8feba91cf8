// The storage contract against the Cosmos adapter, over the Cosmos DB wire protocol
// (an in-process @vercel/cosmosdb-server with a certificate made for this run).

import { describeStoreContract } from './contract.js';
import { useCosmosDatabases } from './cosmos-databases.js';

describeStoreContract('cosmos', useCosmosDatabases('contract'));
