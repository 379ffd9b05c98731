package io.github.eduroadmap.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.eduroadmap.model.Roadmap;
import io.github.eduroadmap.model.RoadmapId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ThreadSafetyTests {

    @Test
    void oneMapperServesEightThreadsAsItServesOne() throws Exception {
        List<Roadmap> roadmaps = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            roadmaps.add(Samples.full().withId(RoadmapId.of("r-" + i)).withTitle("Дорожная карта № " + i));
        }
        for (RoadmapMapper mapper : List.of(
                RoadmapMapper.json(), RoadmapMapper.yaml(), RoadmapMapper.yaml().lenient())) {
            List<String> sequential = new ArrayList<>();
            for (Roadmap r : roadmaps) {
                sequential.add(mapper.writeToString(r));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int offset = t;
                    Callable<List<String>> job = () -> {
                        start.await();
                        List<String> out = new ArrayList<>();
                        for (int round = 0; round < 1; round++) {
                            for (int k = 0; k < roadmaps.size(); k++) {
                                int i = (k + offset) % roadmaps.size();
                                String text = mapper.writeToString(roadmaps.get(i));
                                assertThat(text).isEqualTo(sequential.get(i));
                                assertThat(mapper.read(text)).isEqualTo(roadmaps.get(i));
                                out.add(text);
                            }
                        }
                        return out;
                    };
                    futures.add(pool.submit(job));
                }
                start.countDown();
                for (Future<List<String>> f : futures) {
                    assertThat(f.get(2, TimeUnit.MINUTES)).hasSize(roadmaps.size());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
