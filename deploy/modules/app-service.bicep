// A Linux App Service plan and web app running the bot on Node 22 LTS: health check
// /healthz, always on, HTTPS only, TLS 1.2 or newer, running as the user-assigned identity.
// App settings arrive from main.bicep and hold no secrets. Basic-auth publishing (FTP and
// SCM user/password) is switched off: deployments authenticate with Entra ID only. Console
// and HTTP logs go to Log Analytics.
//
// API versions:
//   Microsoft.Web/serverfarms, sites, sites/basicPublishingCredentialsPolicies @2024-04-01 (GA,
//   https://learn.microsoft.com/azure/templates/microsoft.web/sites)
//   Microsoft.Insights/diagnosticSettings@2021-05-01-preview (the version the reference lists,
//   https://learn.microsoft.com/azure/templates/microsoft.insights/diagnosticsettings)

param planName string
param siteName string
param location string
param tags object
@description('App Service plan size; B1 is the smallest with always-on')
param skuName string
@minValue(1)
param instanceCount int
param identityId string
@description('Application settings, name to value; no secrets')
param appSettings object
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node --max-semi-space-size=4 --heap-growing-percent=100 --disable-warning=DEP0111 dist/bot/main.js'
      healthCheckPath: '/healthz'
      alwaysOn: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource logs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
