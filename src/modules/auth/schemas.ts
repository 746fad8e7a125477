import { z } from 'zod';

export const ZRole = z.enum(['admin', 'officer', 'donor', 'gov', 'jury', 'agent']);
export const ZLocale = z.enum(['id', 'en']);

export const ZRegionRef = z.object({ code: z.string(), name: z.string() });

export const ZMe = z
  .object({
    id: z.string(),
    email: z.string(),
    fullName: z.string(),
    role: ZRole,
    locale: ZLocale,
    regionScopes: z.array(ZRegionRef),
    branch: z.object({ code: z.string(), name: z.string() }).nullable(),
    donorOrg: z.object({ id: z.string(), displayName: z.string(), type: z.string() }).nullable(),
  })
  .meta({ id: 'Me' });
export type TMe = z.infer<typeof ZMe>;

export const ZSessionResponse = z.object({ user: ZMe, csrfToken: z.string() });

export const ZLoginBody = z.strictObject({
  email: z.string().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const ZUpdateMeBody = z.strictObject({ locale: ZLocale });
