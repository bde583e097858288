import { RequirementList } from "../list";

export default function Page() {
  return <RequirementList title="s45" items={140} />;
}
