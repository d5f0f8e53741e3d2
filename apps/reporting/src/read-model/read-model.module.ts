import { Module, type Provider } from '@nestjs/common';
import { PROJECTIONS } from './projections';
import { READ_MODEL_TARGET, ReadModelTarget } from './read-model-target';

/** The live consumer's side of the read model: every projection, writing to the live tables. */
@Module({
  providers: [{ provide: READ_MODEL_TARGET, useValue: ReadModelTarget.live() }, ...(PROJECTIONS as Provider[])],
})
export class ReadModelModule {}
