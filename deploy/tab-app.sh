#!/usr/bin/env bash
# The tab's Entra app registration with the Azure CLI, for when the deploying identity may not
# use the Microsoft Graph Bicep extension (modules/tab-app.bicep does the same declaratively).
# Idempotent: run it again to bring an existing registration back to this shape.
#   deploy/tab-app.sh <public host, e.g. rc-bot-abc.azurewebsites.net> [display name]
# Prints the app (client) id: pass it as tabAppId with createTabApp=false.
set -euo pipefail

host="${1:?usage: deploy/tab-app.sh <public host> [display name]}"
name="${2:-RC bot tab ($host)}"
# Teams desktop/mobile and Teams web (Microsoft Learn: "Register your tab app in Microsoft Entra ID").
teams_clients=(1fec8e78-bce4-4aaf-ab1b-5451cc387264 5e3ce6c0-2b1f-4285-8d4b-75ee78787346)

app_id="$(az ad app list --display-name "$name" --query '[0].appId' -o tsv)"
if [ -z "$app_id" ]; then
  app_id="$(az ad app create --display-name "$name" --sign-in-audience AzureADMyOrg --query appId -o tsv)"
fi
object_id="$(az ad app show --id "$app_id" --query id -o tsv)"
scope_id="$(az ad app show --id "$app_id" --query "api.oauth2PermissionScopes[?value=='access_as_user'].id | [0]" -o tsv)"
[ -n "$scope_id" ] || scope_id="$(cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen)"

pre_authorized=""
for client in "${teams_clients[@]}"; do
  pre_authorized+="${pre_authorized:+,}{\"appId\":\"$client\",\"delegatedPermissionIds\":[\"$scope_id\"]}"
done

# The scope first (pre-authorizations may only name an existing scope), then the rest.
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" --headers 'Content-Type=application/json' --body "{
  \"identifierUris\": [\"api://$host/$app_id\"],
  \"api\": {
    \"requestedAccessTokenVersion\": 2,
    \"oauth2PermissionScopes\": [{
      \"id\": \"$scope_id\", \"value\": \"access_as_user\", \"type\": \"User\", \"isEnabled\": true,
      \"adminConsentDisplayName\": \"Use the RC bot tab as the signed-in user\",
      \"adminConsentDescription\": \"Lets Teams sign the user in to the RC bot tab (statistics).\",
      \"userConsentDisplayName\": \"Use the RC bot tab as you\",
      \"userConsentDescription\": \"Lets Teams sign you in to the RC bot tab.\"
    }]
  }
}"
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" --headers 'Content-Type=application/json' \
  --body "{\"api\": {\"preAuthorizedApplications\": [$pre_authorized]}}"
az ad sp show --id "$app_id" >/dev/null 2>&1 || az ad sp create --id "$app_id" >/dev/null
echo "$app_id"
