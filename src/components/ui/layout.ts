/** The responsive grid every list of talk cards uses (minmax(0,1fr) columns never overflow). */
export const cardGrid = 'grid grid-cols-1 gap-5 sm:grid-cols-2 lg:grid-cols-3'
