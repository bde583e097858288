import { RequirementList } from "../list";

export default function Page() {
  return <RequirementList title="s25" items={70} />;
}
