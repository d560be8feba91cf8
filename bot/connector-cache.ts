// botbuilder's CloudAdapter builds a new ConnectorClient (with its HTTP pipeline and credentials)
// and a new UserTokenClient on every turn: about a quarter of a turn's CPU in the issue #14
// profile. Both depend only on the bot's app id, the service URL and the audience, and their
// credentials fetch and refresh tokens by themselves, so one of each per such key is kept and
// reused, as botbuilder's older BotFrameworkAdapter kept its connector clients. Each client's
// reply, send and update calls then take the lean path of lean-connector.ts.

import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { BoundedMap } from '../services/bounded.js';
import { withLeanConversations } from './lean-connector.js';
import { ConnectorFactory, JwtTokenValidation, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorClient, type UserTokenClient } from 'botframework-connector';

// Service URLs are Teams' few regional endpoints; the bound only guards against an unusual caller.
export const MAX_CLIENTS = 100;

/** One client per key, created once and shared; a failed creation is not kept. */
export class Clients<T> {
  private readonly clients = new BoundedMap<string, Promise<T>>(MAX_CLIENTS);

  get(key: string, create: () => Promise<T>): Promise<T> {
    const found = this.clients.get(key);
    if (found) return found;
    const created = create();
    this.clients.set(key, created);
    // A failed creation (credentials unavailable) is tried again on the next turn.
    created.catch(() => this.clients.get(key) === created && this.clients.delete(key));
    return created;
  }
}

class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: Clients<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.get(JSON.stringify([this.appId, serviceUrl, audience ?? null]), async () => withLeanConversations(await this.inner.create(serviceUrl, audience)));
  }
}

export class CachingBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new Clients<ConnectorClient>();
  private readonly tokenClients = new Clients<UserTokenClient>();

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.caching(result.connectorFactory, result.claimsIdentity) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.caching(super.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }

  private caching(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(factory, appIdOf(claimsIdentity), this.connectors);
  }
}

const appIdOf = (claimsIdentity: ClaimsIdentity): string => JwtTokenValidation.getAppIdFromClaims(claimsIdentity.claims) ?? '';
