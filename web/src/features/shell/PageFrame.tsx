import type { ReactNode } from 'react';
import { useUser } from '../../app/session';
import { AppShell } from './AppShell';
import { PublicShell } from './PublicShell';

/** For pages open to everyone: the app frame when signed in, the simple public frame otherwise. */
export function PageFrame({ children }: { children: ReactNode }) {
  const user = useUser();
  if (user) return <AppShell user={user}>{children}</AppShell>;
  return <PublicShell>{children}</PublicShell>;
}
