package dev.jhands.action.server;

import com.sun.management.OperatingSystemMXBean;
import dev.jhands.events.sandbox.DiskUsage;
import dev.jhands.events.sandbox.IoCounters;
import dev.jhands.events.sandbox.MemoryUsage;
import dev.jhands.events.sandbox.SystemResources;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server process's resource figures for {@code /server_info}, as OpenHands reports them with
 * psutil: CPU and memory of this process, I/O counters, and the disk that holds {@code /}. Read
 * from {@code /proc}; a figure the platform does not offer is 0.
 */
@ApplicationScoped
public class ProcessResources {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path IO = Path.of("/proc/self/io");
  private static final Path MEMINFO = Path.of("/proc/meminfo");

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  public SystemResources read() {
    return new SystemResources(cpuPercent(), memory(), disk(), io());
  }

  private double cpuPercent() {
    double load = os.getProcessCpuLoad();
    return load < 0 ? 0 : load * 100 * os.getAvailableProcessors();
  }

  private MemoryUsage memory() {
    List<String> status = lines(STATUS);
    long rss = value(status, "VmRSS:") * 1024;
    long vms = value(status, "VmSize:") * 1024;
    long total = value(lines(MEMINFO), "MemTotal:") * 1024;
    return new MemoryUsage(rss, vms, total == 0 ? 0 : 100.0 * rss / total);
  }

  private static DiskUsage disk() {
    try {
      FileStore store = Files.getFileStore(Path.of("/"));
      long total = store.getTotalSpace();
      long free = store.getUsableSpace();
      long used = total - store.getUnallocatedSpace();
      return new DiskUsage(total, used, free, total == 0 ? 0 : 100.0 * used / (used + free));
    } catch (IOException e) {
      return new DiskUsage(0, 0, 0, 0);
    }
  }

  private static IoCounters io() {
    List<String> io = lines(IO);
    return new IoCounters(value(io, "read_bytes:"), value(io, "write_bytes:"));
  }

  private static long value(List<String> lines, String key) {
    for (String line : lines) {
      if (line.startsWith(key)) {
        String[] parts = line.substring(key.length()).trim().split("\\s+");
        try {
          return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }
}
