// The offline basemap: Shanxi's outline and its 11 prefecture cities with labels, bundled from
// fixtures/basemap (a schematic outline, not an approved standard map; see its README). The outlines
// are a chunk of their own (~280 KB), fetched from our server right after the app starts.
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import { Fill, Stroke, Style, Text } from 'ol/style';
import { lonLatGeoJson } from './projections';

/** Above this resolution (m/px, ≈ zoom 10.5) city names show; closer in they only clutter parcels. */
const CITY_LABEL_MAX_RESOLUTION = 110;

const provinceFill = new Style({ fill: new Fill({ color: '#f6f3ec' }) });
const provinceOutline = new Style({ stroke: new Stroke({ color: '#7d7360', width: 2.5 }) });
const cityOutline = new Style({ stroke: new Stroke({ color: '#b9ae95', width: 1, lineDash: [6, 4] }) });

function cityLabel(name: string): Style {
  return new Style({
    text: new Text({
      text: name,
      font: '600 13px system-ui, "WenQuanYi Micro Hei", sans-serif',
      fill: new Fill({ color: '#5f5645' }),
      stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 3 }),
      overflow: true,
    }),
  });
}

export interface BasemapLayers {
  province: VectorLayer;
  cities: VectorLayer;
  /** Online imagery underneath: the province keeps its outline but drops its fill. */
  setFilled(filled: boolean): void;
}

async function loadOutlines(province: VectorSource, cities: VectorSource): Promise<void> {
  const [provinceText, citiesText] = await Promise.all([
    import('../../../fixtures/basemap/shanxi-province.geojson?raw'),
    import('../../../fixtures/basemap/shanxi-cities.geojson?raw'),
  ]);
  province.addFeatures(lonLatGeoJson().readFeatures(provinceText.default));
  cities.addFeatures(lonLatGeoJson().readFeatures(citiesText.default));
}

export function createBasemapLayers(onError: (message: string) => void): BasemapLayers {
  let filled = true;
  const provinceSource = new VectorSource();
  const citiesSource = new VectorSource();
  loadOutlines(provinceSource, citiesSource).catch((err: unknown) => onError(err instanceof Error ? err.message : String(err)));
  const province = new VectorLayer({
    source: provinceSource,
    style: () => (filled ? [provinceFill, provinceOutline] : provinceOutline),
    properties: { name: 'basemap-province' },
    updateWhileInteracting: true,
  });
  const labels = new Map<string, Style>();
  const cities = new VectorLayer({
    source: citiesSource,
    declutter: 'labels',
    style: (feature, resolution) => {
      if (resolution > CITY_LABEL_MAX_RESOLUTION) {
        const name = String(feature.get('name') ?? '');
        let label = labels.get(name);
        if (!label) {
          label = cityLabel(name);
          labels.set(name, label);
        }
        return [cityOutline, label];
      }
      return cityOutline;
    },
    properties: { name: 'basemap-cities' },
  });
  return {
    province,
    cities,
    setFilled(next) {
      filled = next;
      province.changed();
    },
  };
}
