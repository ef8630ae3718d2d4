/** Today's allies and Taiwan ([lng, lat], as the world index has them, rounded), Taiwan first: the cameras' tests fit them. */
export const TAIWAN_AND_ALLIES: [number, number][] = [
  [121, 23.7], // Taiwan
  [12.45, 41.9], // Holy See
  [-90.4, 15.7], // Guatemala
  [-88.7, 17.2], // Belize
  [-72.7, 19], // Haiti
  [-62.7, 17.3], // Saint Kitts and Nevis
  [-61, 13.9], // Saint Lucia
  [-61.2, 13.2], // Saint Vincent and the Grenadines
  [-58.4, -23.2], // Paraguay
  [31.5, -26.5], // Eswatini
  [134.6, 7.5], // Palau
  [171.2, 7.1], // Marshall Islands
  [179.2, -8.5], // Tuvalu
];
