// Sizes of the hashed feature spaces (shared by training and inference).
export const CUE_BITS = 17;
export const ROLE_BITS = 18;
