import { LogOut } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/session";
import type { SessionUser } from "@/lib/auth/session-user";

const ROLE_LABELS = { viewer: "Viewer", admin: "Admin" } as const;

/** Who is signed in, with which role, and the way out. A plain form: it works before the page's scripts load. */
export function UserMenu({ user }: { user: SessionUser }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="truncate text-sm" title={user.name}>
        {user.name}
      </span>
      <Badge variant={user.role === "admin" ? "default" : "outline"} title="Your role">
        {ROLE_LABELS[user.role]}
      </Badge>
      <form action={signOutAction}>
        <Button type="submit" variant="ghost" size="sm">
          <LogOut aria-hidden className="size-4" />
          Sign out
        </Button>
      </form>
    </div>
  );
}
