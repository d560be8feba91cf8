// Cosmos DB for NoSQL with key (local) auth disabled: the bot reaches it only through Entra ID
// with its managed identity. The database and every container, with its partition key and
// indexing policy, come from ../generated/containers.json, which `npm run deploy:containers`
// writes from services/storage/containers.ts (test/deploy/containers.test.ts keeps them equal).
// The data-plane role cannot create databases or containers, so this template must.
//
// API versions: Microsoft.DocumentDB/databaseAccounts, .../sqlDatabases, .../containers and
// .../sqlRoleAssignments @2024-05-15 (GA; the "Latest" listed on
// https://learn.microsoft.com/azure/templates/microsoft.documentdb/databaseaccounts).
// Role 00000000-0000-0000-0000-000000000002 is the built-in "Cosmos DB Built-in Data
// Contributor" (https://learn.microsoft.com/azure/cosmos-db/nosql/security/reference-data-plane-roles).

param accountName string
param location string
param tags object
param databaseName string
@allowed([
  'serverless'
  'autoscale'
])
@description('serverless: pay per request unit (the default, for a few thousand consultations a year); autoscale: provisioned throughput shared by the containers')
param capacityMode string
@minValue(1000)
@description('autoscale only: the database\'s maximum RU/s (it scales between a tenth of this and this)')
param autoscaleMaxThroughput int
@description('Principal (object) id of the identity that reads and writes documents')
param dataContributorPrincipalId string

var layout = loadJsonContent('../generated/containers.json')
var dataContributor = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      {
        locationName: location
        failoverPriority: 0
        isZoneRedundant: false
      }
    ]
    consistencyPolicy: {
      defaultConsistencyLevel: 'Session'
    }
    capabilities: capacityMode == 'serverless' ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: capacityMode == 'autoscale' ? {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    } : {}
  }
}

resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for container in layout.containers: {
  parent: database
  name: container.name
  properties: {
    resource: {
      id: container.name
      partitionKey: container.partitionKey
      indexingPolicy: container.indexingPolicy
    }
  }
}]

// Scoped to the bot's database, not the whole account.
resource dataRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, dataContributorPrincipalId, dataContributor)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributor}'
    principalId: dataContributorPrincipalId
    scope: '${account.id}/dbs/${databaseName}'
  }
  dependsOn: [
    database
  ]
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
output databaseName string = database.name
