// The bot's one identity: a user-assigned managed identity. It is the bot's Microsoft App ID
// (Azure Bot with msaAppType UserAssignedMSI), and the web app uses it for Cosmos DB and
// Application Insights, so no key or client secret exists anywhere.
//
// API version: Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31 (GA), as listed on
// https://learn.microsoft.com/azure/templates/microsoft.managedidentity/userassignedidentities

param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
