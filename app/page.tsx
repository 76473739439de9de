import { redirect } from "next/navigation";

// Events is the only page so far; an Overview will take this place.
export default function Home(): never {
  redirect("/events");
}
