package dev.momosim.simulator.storage.memory;

import dev.momosim.simulator.app.port.ConsentStore;
import dev.momosim.simulator.domain.ConsentGrant;
import dev.momosim.simulator.domain.ConsentRequest;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consent requests and grants in insertion-ordered maps behind one lock: consents are few (a person
 * answers each), so each operation is a map access held for microseconds. Keeps at most {@link
 * #CAPACITY} of each, forgetting the oldest. Thread-safe; every Future is complete on return.
 */
final class InMemoryConsents implements ConsentStore {
  /** Requests kept, and grants kept, at most. */
  static final int CAPACITY = 10_000;

  private final Object lock = new Object();
  private final LinkedHashMap<String, ConsentRequest> requests = new LinkedHashMap<>();
  private final LinkedHashMap<String, ConsentGrant> grants = new LinkedHashMap<>();
  private final Map<String, String> byAccessDigest = new HashMap<>();
  private final Map<String, String> byRefreshDigest = new HashMap<>();

  @Override
  public Future<Boolean> insert(ConsentRequest request) {
    synchronized (lock) {
      if (requests.putIfAbsent(request.authReqId(), request) != null) {
        return Future.succeededFuture(false);
      }
      trim(requests);
      return Future.succeededFuture(true);
    }
  }

  @Override
  public Future<Optional<ConsentRequest>> find(String authReqId) {
    synchronized (lock) {
      return Future.succeededFuture(Optional.ofNullable(requests.get(authReqId)));
    }
  }

  @Override
  public Future<Boolean> compareAndSet(ConsentRequest expected, ConsentRequest next) {
    synchronized (lock) {
      if (!expected.authReqId().equals(next.authReqId())
          || !expected.equals(requests.get(expected.authReqId()))) {
        return Future.succeededFuture(false);
      }
      requests.put(next.authReqId(), next);
      return Future.succeededFuture(true);
    }
  }

  @Override
  public Future<List<ConsentRequest>> requests() {
    synchronized (lock) {
      List<ConsentRequest> newestFirst = new ArrayList<>(requests.values());
      Collections.reverse(newestFirst);
      return Future.succeededFuture(newestFirst);
    }
  }

  @Override
  public Future<Void> saveGrant(ConsentGrant grant) {
    synchronized (lock) {
      ConsentGrant before = grants.put(grant.authReqId(), grant);
      if (before != null) {
        unindex(before);
      }
      index(grant);
      while (grants.size() > CAPACITY) {
        Iterator<ConsentGrant> oldest = grants.values().iterator();
        unindex(oldest.next());
        oldest.remove();
      }
      return Future.succeededFuture();
    }
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByAccessToken(String accessTokenDigest) {
    synchronized (lock) {
      return Future.succeededFuture(
          Optional.ofNullable(byAccessDigest.get(accessTokenDigest)).map(grants::get));
    }
  }

  @Override
  public Future<Optional<ConsentGrant>> grantByRefreshToken(String refreshTokenDigest) {
    synchronized (lock) {
      return Future.succeededFuture(
          Optional.ofNullable(byRefreshDigest.get(refreshTokenDigest)).map(grants::get));
    }
  }

  @Override
  public Future<Boolean> replaceGrant(ConsentGrant expected, ConsentGrant next) {
    synchronized (lock) {
      if (!expected.authReqId().equals(next.authReqId())
          || !expected.equals(grants.get(expected.authReqId()))) {
        return Future.succeededFuture(false);
      }
      unindex(expected);
      grants.put(next.authReqId(), next);
      index(next);
      return Future.succeededFuture(true);
    }
  }

  @Override
  public Future<Integer> clear() {
    synchronized (lock) {
      int count = requests.size();
      requests.clear();
      grants.clear();
      byAccessDigest.clear();
      byRefreshDigest.clear();
      return Future.succeededFuture(count);
    }
  }

  /** Every request, oldest first. */
  List<ConsentRequest> allRequests() {
    synchronized (lock) {
      return List.copyOf(requests.values());
    }
  }

  /** Every grant, oldest first. */
  List<ConsentGrant> allGrants() {
    synchronized (lock) {
      return List.copyOf(grants.values());
    }
  }

  void restore(List<ConsentRequest> requestImage, List<ConsentGrant> grantImage) {
    synchronized (lock) {
      clear();
      requestImage.forEach(this::insert);
      grantImage.forEach(this::saveGrant);
    }
  }

  private void index(ConsentGrant grant) {
    byAccessDigest.put(grant.accessTokenDigest(), grant.authReqId());
    if (grant.refreshTokenDigest() != null) {
      byRefreshDigest.put(grant.refreshTokenDigest(), grant.authReqId());
    }
  }

  private void unindex(ConsentGrant grant) {
    byAccessDigest.remove(grant.accessTokenDigest());
    if (grant.refreshTokenDigest() != null) {
      byRefreshDigest.remove(grant.refreshTokenDigest());
    }
  }

  private static <V> void trim(LinkedHashMap<String, V> map) {
    Iterator<V> oldest = map.values().iterator();
    while (map.size() > CAPACITY && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }
}
