import { Module } from '@nestjs/common';
import { IdentityVault } from './identity-vault';
import { PersonErasedHandler } from './person-erased.handler';

/** The vault of identities behind the pseudonyms, for the police lists and the concerns, and their erasure. */
@Module({ providers: [IdentityVault, PersonErasedHandler], exports: [IdentityVault] })
export class IdentityVaultModule {}
