/** Placeholder until this step is built. */
export default function PlaceholderStep() {
  return null;
}
