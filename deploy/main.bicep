// The RC bot in Azure, from an empty resource group:
//   az deployment group create -g <group> -f deploy/main.bicep -p deploy/main.bicepparam
// creates the managed identity, Log Analytics + Application Insights, Cosmos DB (keyless, its
// database and containers from deploy/generated/containers.json), the App Service plan and web
// app, the Azure Bot with its Teams channel, and the tab's Entra app. No secret is created or
// stored anywhere. deploy/README.md walks through it; its outputs feed `npm run package`.

targetScope = 'resourceGroup'

@minLength(3)
@maxLength(24)
@description('Lowercase letters, digits and hyphens; names get a suffix unique to the resource group')
param baseName string = 'rc-bot'

param location string = resourceGroup().location

@description('App Service plan size. B1: 1 core, 1.75 GB, always-on, the smallest that fits.')
param appServicePlanSku string = 'B1'

@minValue(1)
@description('Instances; the bot runs several at once safely (job leases in Cosmos DB)')
param instanceCount int = 1

@allowed([
  'serverless'
  'autoscale'
])
param cosmosCapacityMode string = 'serverless'

@minValue(1000)
param cosmosAutoscaleMaxThroughput int = 1000

param cosmosDatabaseName string = 'rc-bot'

@description('Comma-separated Entra object ids of the administrators (RC_ADMIN_IDS); ids, not secrets')
param adminObjectIds string = ''

@minValue(1)
@maxValue(3650)
param retentionDays int = 180

@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('A custom domain already bound to the web app; empty: <web app>.azurewebsites.net')
param customHostName string = ''

@description('Create the tab\'s Entra app with the Microsoft Graph Bicep extension; false: give tabAppId from deploy/tab-app.sh')
param createTabApp bool = true

@description('Only with createTabApp=false: the tab app\'s client id')
param tabAppId string = ''

param tags object = {
  app: 'rc-bot'
}

var suffix = uniqueString(resourceGroup().id)
var prefix = '${baseName}-${suffix}'
// Known before the web app exists: the tab app's URI and the bot's endpoint both need it.
var publicHost = empty(customHostName) ? '${prefix}.azurewebsites.net' : customHostName
var tenantId = subscription().tenantId

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${prefix}-id'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${prefix}-logs'
    appInsightsName: '${prefix}-ai'
    location: location
    tags: tags
    retentionInDays: logRetentionDays
    publisherPrincipalId: identity.outputs.principalId
  }
}

module cosmos 'modules/cosmos.bicep' = {
  name: 'cosmos'
  params: {
    accountName: prefix
    location: location
    tags: tags
    databaseName: cosmosDatabaseName
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    dataContributorPrincipalId: identity.outputs.principalId
  }
}

module tabApp 'modules/tab-app.bicep' = if (createTabApp) {
  name: 'tab-app'
  params: {
    uniqueName: '${prefix}-tab'
    displayName: 'RC bot tab (${publicHost})'
    host: publicHost
  }
}

module tabAppUri 'modules/tab-app.bicep' = if (createTabApp) {
  name: 'tab-app-uri'
  params: {
    uniqueName: '${prefix}-tab'
    displayName: 'RC bot tab (${publicHost})'
    host: publicHost
    appIdForUri: tabApp!.outputs.appId
  }
}

var tabClientId = createTabApp ? tabApp!.outputs.appId : tabAppId

// Every name here is one services/config.ts reads (test/deploy/templates.test.ts checks), except
// the platform's own SCM_DO_BUILD_DURING_DEPLOYMENT. None is a secret: the bot and Cosmos DB
// use the managed identity, and Application Insights accepts only Entra ID-signed telemetry.
var appSettings = {
  NODE_ENV: 'production'
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.outputs.clientId
  MicrosoftAppTenantId: tenantId
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: cosmosDatabaseName
  PUBLIC_BASE_URL: 'https://${publicHost}'
  TAB_APP_ID: tabClientId
  RC_ADMIN_IDS: adminObjectIds
  RC_RETENTION_DAYS: string(retentionDays)
  LOG_LEVEL: 'info'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
}

module web 'modules/app-service.bicep' = {
  name: 'web'
  params: {
    planName: '${prefix}-plan'
    siteName: prefix
    location: location
    tags: tags
    skuName: appServicePlanSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    appSettings: appSettings
    workspaceId: monitoring.outputs.workspaceId
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: prefix
    displayName: 'RC-boten'
    tags: tags
    endpoint: 'https://${publicHost}/api/messages'
    identityResourceId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    tenantId: tenantId
    sku: botSku
  }
}

// What `npm run package` and the app deployment need (.github/workflows/deploy.yml reads them).
output webAppName string = web.outputs.name
output botId string = identity.outputs.clientId
output botDomain string = publicHost
output tabAppId string = tabClientId
output appInsightsName string = monitoring.outputs.appInsightsName
output cosmosAccountName string = cosmos.outputs.accountName
