// The Azure Bot registration: the bot authenticates as the user-assigned managed identity
// (msaAppType UserAssignedMSI, so no app password exists), with the Teams channel and the
// web app's messaging endpoint.
//
// API version: Microsoft.BotService/botServices and botServices/channels @2022-09-15, the GA
// version (the newer 2023-09-15-preview is a preview), per
// https://learn.microsoft.com/azure/templates/microsoft.botservice/botservices

param name string
param displayName string
param tags object
@description('https://<host>/api/messages')
param endpoint string
param identityResourceId string
param identityClientId string
param tenantId string
@allowed([
  'F0'
  'S1'
])
@description('F0: Teams is a standard channel, free on both; S1 only matters for premium channels')
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppMSIResourceId: identityResourceId
    msaAppTenantId: tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

output name string = bot.name
