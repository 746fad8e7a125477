import { z } from 'zod';
import { ZRole } from '../auth/schemas.ts';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password.ts';

export const ZUserSummary = z
  .object({
    id: z.string(),
    email: z.string(),
    fullName: z.string(),
    role: ZRole,
    regionScopes: z.array(z.string()),
    donorOrgId: z.string().nullable(),
    disabledAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'UserSummary' });
export type TUserSummary = z.infer<typeof ZUserSummary>;

const ZRegionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kode wilayah Kemendagri, mis. 62.02');

export const ZCreateUserBody = z.strictObject({
  email: z.email().max(254),
  fullName: z.string().trim().min(2).max(120),
  role: ZRole,
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  regionScopes: z.array(ZRegionCode).max(50).optional(),
  donorOrgId: z.uuid().optional(),
});
export type TCreateUserBody = z.infer<typeof ZCreateUserBody>;

export const ZListUsersQuery = z.strictObject({
  q: z.string().max(100).optional(),
  role: ZRole.optional(),
});

export const ZUserIdParams = z.strictObject({ id: z.uuid() });
