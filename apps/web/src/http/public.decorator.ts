import { SetMetadata } from '@nestjs/common';

export const PUBLIC_PAGE = 'ssp-web:public-page';

/** A page anyone may see without signing in (sign-in itself, the accessibility statement, health). */
export const PublicPage = () => SetMetadata(PUBLIC_PAGE, true);
