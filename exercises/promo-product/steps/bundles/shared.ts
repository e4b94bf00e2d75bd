/** Items of a bundle as one name, the lead first: "Pasta + Tomato sauce". */
export const joinItems = (labels: readonly string[], name: (label: string) => string) => labels.map(name).join(' + ');
