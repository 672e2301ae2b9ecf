// First attempt. A flat plate lying on the desk: not tilted, no vents, rails or legs.
const { makeBaseBox } = replicad;

const main = () => makeBaseBox(300, 230, 6);
