// Log Analytics (the web app's console and HTTP logs) and a workspace-based Application
// Insights (the bot's OpenTelemetry traces and metrics). Application Insights accepts only
// Entra ID-authenticated telemetry (DisableLocalAuth), so its connection string is an address,
// not a credential; the identity gets "Monitoring Metrics Publisher" to send.
//
// API versions, each from https://learn.microsoft.com/azure/templates/<provider>/<type>:
//   Microsoft.OperationalInsights/workspaces@2022-10-01 (GA)
//   Microsoft.Insights/components@2020-02-02 (GA)
//   Microsoft.Authorization/roleAssignments@2022-04-01 (GA)
// Role id 3913510d-42f4-4e42-8a64-420c390055eb is the built-in "Monitoring Metrics Publisher"
// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).

param workspaceName string
param appInsightsName string
param location string
param tags object
@minValue(30)
@maxValue(730)
param retentionInDays int
@description('Principal (object) id of the identity that sends telemetry')
param publisherPrincipalId string

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    IngestionMode: 'LogAnalytics'
    DisableLocalAuth: true
  }
}

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherPrincipalId, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output workspaceId string = workspace.id
output appInsightsName string = appInsights.name
output connectionString string = appInsights.properties.ConnectionString
