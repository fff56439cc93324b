// Heads of government by their titles (issue 13): "chancellor" (Germany, Austria), "federal
// chancellor" and "taoiseach" name a head of government, except that a British "Chancellor" and the
// "Chancellor of the Exchequer" are the UK's finance minister. Names and sentences of our own.
import { describe, expect, it } from 'vitest';
import { titleOffice } from '../src/extract/entities/titleOffice.js';

describe('titles: chancellors and the taoiseach', () => {
  it('a German or Austrian (federal) chancellor and an Irish taoiseach head a government', () => {
    expect(titleOffice('German Chancellor')).toEqual({ country: 'DE', office: 'head-of-government', word: 'chancellor' });
    expect(titleOffice('Austrian Federal Chancellor')).toEqual({ country: 'AT', office: 'head-of-government', word: 'federal chancellor' });
    expect(titleOffice('Taoiseach')).toEqual({ country: 'IE', office: 'head-of-government', word: 'taoiseach' });
  });
  it("negative: a British chancellor and the Chancellor of the Exchequer are the UK's finance minister", () => {
    expect(titleOffice('British Chancellor')).toEqual({ country: 'GB', office: 'finance-minister', word: 'chancellor' });
    expect(titleOffice('Chancellor of the Exchequer')).toEqual({ country: 'GB', office: 'finance-minister', word: 'chancellor of the exchequer' });
  });
});

