import { IsIn, IsOptional, Matches } from 'class-validator';

/**
 * What the `migrate` command reads, and nothing more: it runs as the schema owner (the
 * migration Job) and needs no broker, no sign-in and none of the keys a service holds, so
 * the Job is given none of them.
 */
export class MigrateConfig {
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  /**
   * The role the service runs as, granted reading and writing of the data (never the
   * schema) once the migrations are applied. Empty: no grants (one role does both, as in
   * development).
   */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'DATABASE_RUNTIME_ROLE must be a role name (lowercase letters, digits and _)' })
  DATABASE_RUNTIME_ROLE?: string;

  @IsIn(['json', 'text'])
  LOG_FORMAT: 'json' | 'text' = 'json';
}
