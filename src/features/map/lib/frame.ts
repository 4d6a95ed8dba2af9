/** The map's frame and projection scale, shared by the build's projected outlines and react-simple-maps (markers, zoom). */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 420;
export const MAP_SCALE = 150;
