import { ui } from '../../content/ui';
import { catalogue, type Catalogue } from './catalogue';
import { loadMapData } from './load';

/**
 * The geo data the page reads beside the map, joined to the content once it is in; or, if any of
 * it fails, the plain message the page shows instead (the underlying error goes to the log).
 */
export class MapDataState {
  catalogue = $state.raw<Catalogue>();
  failure = $state<string>();
  readonly #load: boolean;

  /** Starts loading now, unless the page has no map to load for. */
  constructor(load: boolean) {
    this.#load = load;
    if (load)
      loadMapData()
        .then((data) => (this.catalogue = catalogue(data)))
        .catch(this.fail);
  }

  /** Whether loading is over: the data in, failed, or never asked for. */
  get settled(): boolean {
    return this.catalogue !== undefined || this.failure !== undefined || !this.#load;
  }

  /** The data, or the map itself, could not be had: the reader is told, the log gets the reason. */
  fail = (error: { message: string }): void => {
    console.error('corridor map:', error);
    this.failure = ui.map.failed;
  };
}
