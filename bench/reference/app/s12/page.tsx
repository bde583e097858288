import { RequirementList } from "../list";

export default function Page() {
  return <RequirementList title="s12" items={25} />;
}
