package dev.mosaic.benchmarks;

import dev.mosaic.core.internal.jobs.JobMatcher;
import dev.mosaic.core.jobs.JobMatch;
import dev.mosaic.core.jobs.Opportunity;
import dev.mosaic.core.jobs.Profile;
import dev.mosaic.core.spi.OpportunitySource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking every opportunity for one profile (what GET /ob/opportunities does), at 1,000 and 10,000 postings: the 222
 * bundled postings repeated under new ids. Sample mode for p50 and p99.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
@State(Scope.Benchmark)
public class JobMatchBenchmark {
    @Param({"1000", "10000"})
    public int postings;

    JobMatcher matcher;
    Profile profile;

    @Setup(Level.Trial)
    public void build() {
        List<Opportunity> bundled = OpportunitySource.bundled().load();
        List<Opportunity> all = new ArrayList<>(postings);
        for (int i = 0; all.size() < postings; i++) {
            Opportunity o = bundled.get(i % bundled.size());
            all.add(new Opportunity(o.jobId() + "-" + i, o.role(), o.company(), o.location(), o.remote(),
                    o.description(), o.mustHave(), o.niceToHave(), o.seniority(), o.values(), o.url(), o.source(),
                    o.postedAt()));
        }
        matcher = JobMatcher.of(all);
        profile = matcher.profileFrom(List.of("Data analyst, 4 years. SQL, Excel, Tableau and Python every day; "
                + "some dbt. Based in Leeds, open to remote. I value curiosity and clarity."));
    }

    @Benchmark
    public List<JobMatch> rankAll() {
        return matcher.rank(profile, 20);
    }
}
