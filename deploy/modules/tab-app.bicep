// The Entra app registration the Teams tab's single sign-on asks tokens for: it exposes the
// scope access_as_user and pre-authorizes the Teams clients, so the tab gets a token without
// a consent prompt. The bot's managed identity cannot play this part (an identity exposes no
// API), hence a separate app. main.bicep deploys this module twice: the application id URI
// api://<host>/<app id> contains the app's own id, known only after the first pass; the second
// pass (same uniqueName, so the same app) adds it, and the Teams clients' pre-authorization of
// the scope the first pass created.
//
// Microsoft Graph Bicep extension v1.0 (bicepconfig.json: microsoftgraph/v1.0:1.0.0), types
// Microsoft.Graph/applications@v1.0 and Microsoft.Graph/servicePrincipals@v1.0, per
// https://learn.microsoft.com/graph/templates/reference/overview. The deploying identity needs
// Application.ReadWrite.All (delegated) or Application.ReadWrite.OwnedBy (application).
// Without it, use deploy/tab-app.sh instead and pass createTabApp=false, tabAppId=<its id>.

extension microsoftGraphV1

param uniqueName string
param displayName string
@description('The public host of the bot, e.g. rc-bot-abc.azurewebsites.net')
param host string
@description('Empty on the first pass; the app id on the second, to set the URI and pre-authorizations')
param appIdForUri string = ''

// Teams desktop/mobile and Teams web, as listed in "Register your tab app in Microsoft Entra ID"
// (https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad).
var teamsClientIds = [
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264'
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346'
]
var scopeId = guid(uniqueName, 'access_as_user')

resource app 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: 'AzureADMyOrg'
  identifierUris: empty(appIdForUri) ? [] : [
    'api://${host}/${appIdForUri}'
  ]
  api: {
    requestedAccessTokenVersion: 2
    oauth2PermissionScopes: [
      {
        id: scopeId
        value: 'access_as_user'
        type: 'User'
        isEnabled: true
        adminConsentDisplayName: 'Use the RC bot tab as the signed-in user'
        adminConsentDescription: 'Lets Teams sign the user in to the RC bot tab (statistics).'
        userConsentDisplayName: 'Use the RC bot tab as you'
        userConsentDescription: 'Lets Teams sign you in to the RC bot tab.'
      }
    ]
    // Second pass only: Entra ID accepts a pre-authorization only for a scope that exists.
    preAuthorizedApplications: empty(appIdForUri) ? [] : map(teamsClientIds, clientId => {
      appId: clientId
      delegatedPermissionIds: [
        scopeId
      ]
    })
  }
}

resource servicePrincipal 'Microsoft.Graph/servicePrincipals@v1.0' = if (!empty(appIdForUri)) {
  appId: app.appId
}

output appId string = app.appId
