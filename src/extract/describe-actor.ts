import type { Actor, ActorId } from "../dataset/schema";
import { COUNTRIES, ORGANIZATIONS } from "./lexicon";

/** Returns the dataset record of an actor id: name, kind, ISO numeric code (countries), members (organisations). */
export function describeActor(id: ActorId): Actor {
  const org = ORGANIZATIONS.get(id);
  if (org)
    return { id, kind: "organization", name: org.name, isoNumeric: null, members: [...org.members].sort() };
  const country = COUNTRIES.get(id);
  return {
    id,
    kind: "country",
    name: country?.name ?? id,
    isoNumeric: country?.isoNumeric ?? null,
    members: [],
  };
}
