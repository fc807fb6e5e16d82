function sortPeople(people: [string, number][]): string[] {
    const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    return [...people]
        .sort(([nameA, ageA], [nameB, ageB]) => ageB - ageA || byCode(nameA, nameB))
        .map(([name]) => name);
}
