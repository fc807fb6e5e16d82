function sortPeople(people) {
    return [...people]
        .sort(([nameA, ageA], [nameB, ageB]) => ageB - ageA || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0))
        .map(([name]) => name);
}
