// Parameters for deploy/main.bicep. Every value here is the template's default, written out so
// that changing a size is an edit with a diff. Nothing here is a secret, and nothing may be:
// test/deploy/templates.test.ts fails on key-, password- or connection-string-looking values.
using './main.bicep'

// Names: <baseName>-<suffix unique to the resource group>.
param baseName = 'rc-bot'

// App Service plan B1 (Basic, 1 core, 1.75 GB): always-on and a health check, one instance.
// P0v3 or larger, and instanceCount 2, for zone-level resilience at a higher price.
param appServicePlanSku = 'B1'
param instanceCount = 1

// Cosmos DB serverless: billed per request unit used plus storage; no idle minimum.
// 'autoscale' with cosmosAutoscaleMaxThroughput (RU/s) shares throughput across containers.
param cosmosCapacityMode = 'serverless'
param cosmosAutoscaleMaxThroughput = 1000
param cosmosDatabaseName = 'rc-bot'

// Comma-separated Entra object ids of the administrators (may correct the directory).
param adminObjectIds = ''

// Days after closing before a consultation's free text is erased.
param retentionDays = 180

// Log Analytics retention (the first 31 days are included in ingestion).
param logRetentionDays = 30

// Azure Bot F0: Teams is a standard channel, free on F0 and S1 alike.
param botSku = 'F0'

// Empty: <web app>.azurewebsites.net. Set after binding a custom domain and its certificate.
param customHostName = ''

// The tab's Entra app through the Microsoft Graph Bicep extension; set false and give
// tabAppId when the deploying identity may not create app registrations (deploy/tab-app.sh).
param createTabApp = true
param tabAppId = ''
