/** A customer as the participant's files name them: the id as written, with the list's name when it has one. */
export const customerLabel = ({ id, name }: { id: string; name: string | null }) => (name === null || name === '' || name === id ? id : `${id} · ${name}`);
