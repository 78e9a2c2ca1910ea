#Requires -Version 7.2
# Copiers that make copies of their own, or catch a failure of their context (hunt 29), against the staged module.
# build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH. Errors are asserted by FullyQualifiedErrorId, never by text.

BeforeDiscovery {
    $ExactAndJson = 'Auto', 'Reflection', 'Compiled', 'Pooled', 'Json'
}

BeforeAll {
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    Add-Type -ReferencedAssemblies @([DeepCopy.Core.DeepCopier].Assembly.Location, 'netstandard', 'System.Runtime', 'System.Collections', 'System.Threading') -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using DeepCopy.Core;
public class NestedCopyHolder { public object Stream; }
public class NestedCopyConfig { public string Name = "cfg"; public int Version = 1; public List<int> Data = new List<int> { 1, 2 }; }
public class NestedCopyCarrier { public object Payload; }
// Source code that the Json strategy runs: an enumerator that takes a snapshot with a copy of its own, which fails,
// and one whose own work is cancelled.
public class NestedCopySnapshotItems : System.Collections.IEnumerable {
    public System.Collections.IEnumerator GetEnumerator() {
        yield return 1;
        DeepCopier.Copy((object)new NestedCopyHolder { Stream = new MemoryStream() }, new DeepCopyOptions());
    }
}
public class NestedCopyTimedOutItems : System.Collections.IEnumerable {
    public System.Collections.IEnumerator GetEnumerator() {
        yield return 1;
        using (var own = new CancellationTokenSource()) {
            own.Cancel();
            own.Token.ThrowIfCancellationRequested();
        }
    }
}
public static class NestedCopyCopiers {
    // Takes a snapshot of other state with a copy of its own, which fails.
    public static object Snapshot(object source) {
        DeepCopier.Copy((object)new NestedCopyHolder { Stream = new MemoryStream() }, new DeepCopyOptions());
        return new NestedCopyConfig();
    }
    // Its own work has a time-out, which fires.
    public static object TimedOut(object source) {
        using (var own = new CancellationTokenSource()) {
            own.Cancel();
            DeepCopier.Copy((object)new NestedCopyConfig(), new DeepCopyOptions { CancellationToken = own.Token });
        }
        return new NestedCopyConfig();
    }
    // Tries a deep copy of its payload and leaves it out when that fails.
    public static object TryPayload(object source, DeepCopyContext context) {
        var copy = new NestedCopyCarrier();
        try { copy.Payload = context.CopyKey(((NestedCopyCarrier)source).Payload, 0); }
        catch (DeepCopyException) { copy.Payload = null; }
        return copy;
    }
}
'@
}

AfterAll {
    Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'A copier that makes a copy of its own' {
    It 'reports the failure of its copy as its own failure at its value (<_>)' -ForEach $ExactAndJson {
        $policy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, object]][NestedCopyCopiers]::Snapshot)
        $source = @{ Items = @(1, [NestedCopyConfig]::new()) }

        $null = Copy-DeepObject $source -Strategy $_ -TypePolicy @{ NestedCopyConfig = $policy } -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should-Be 1
        $failures[0].FullyQualifiedErrorId | Should-Be 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand'
        $failures[0].Exception.Path | Should-Be "`$['Items'][1]"
        $failures[0].Exception.InnerException.Kind | Should-Be 'NonCopyableType'
    }

    It 'reports a cancellation of its own work as its failure, and the other items are copied (<_>)' -ForEach $ExactAndJson {
        $policy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, object]][NestedCopyCopiers]::TimedOut)

        $copies = @(@(@{ a = [NestedCopyConfig]::new() }, @{ b = 2 }) |
            Copy-DeepObject -Strategy $_ -TypePolicy @{ NestedCopyConfig = $policy } -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should-Be 1
        $failures[0].FullyQualifiedErrorId | Should-Be 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand'
        $failures[0].Exception.Path | Should-Be "`$['a']"
        $copies.Count | Should-Be 1
        $copies[0].b | Should-Be 2
    }

    It 'may copy the same value again under the session''s copier: no cycle (<_>)' -ForEach $ExactAndJson {
        Set-DeepCopyTypePolicy -Type NestedCopyConfig -Policy { param($s) $c = [NestedCopyConfig]::new(); $c.Name = $s.Name; $c.Version = $s.Version; $c }
        try {
            $source = @{ Config = [NestedCopyConfig]::new() }

            $copy = Copy-DeepObject $source -Strategy $_ -TypePolicy @{ NestedCopyConfig = { param($s) $c = Copy-DeepObject $s; $c.Version++; $c } }

            $copy.Config.Version | Should-Be 2
            $source.Config.Version | Should-Be 1
        }
        finally {
            Remove-DeepCopyTypePolicy -Type NestedCopyConfig
        }
    }
}

Describe 'Source code that the Json strategy runs and that makes a copy of its own' {
    It 'reports the failure of that copy as the enumerator''s failure at its collection' {
        $source = @{ Items = [NestedCopySnapshotItems]::new() }

        $null = Copy-DeepObject $source -Strategy Json -ErrorVariable failures -ErrorAction SilentlyContinue

        $failures.Count | Should-Be 1
        $failures[0].FullyQualifiedErrorId | Should-Be 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand'
        $failures[0].Exception.Path | Should-Be "`$['Items']"
        $failures[0].Exception.InnerException.Kind | Should-Be 'NonCopyableType'
    }

    It 'reports a cancellation of its own work as its failure, and the other items are copied' {
        $copies = @(@(@{ a = [NestedCopyTimedOutItems]::new() }, @{ b = 2 }) |
            Copy-DeepObject -Strategy Json -ErrorVariable failures -ErrorAction SilentlyContinue)

        $failures.Count | Should-Be 1
        $failures[0].FullyQualifiedErrorId | Should-Be 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand'
        $failures[0].Exception.Path | Should-Be "`$['a']"
        $failures[0].Exception.InnerException -is [OperationCanceledException] | Should-BeTrue
        $copies.Count | Should-Be 1
        $copies[0].b | Should-Be 2
    }
}

Describe 'A copier that catches a failure of its context and carries on' {
    It 'does not make the copy succeed with a half-built object (<_>)' -ForEach 'Auto', 'Reflection', 'Compiled', 'Pooled' {
        $policy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, DeepCopy.Core.DeepCopyContext, object]][NestedCopyCopiers]::TryPayload)
        $config = [NestedCopyConfig]::new()
        $holder = [NestedCopyHolder]@{ Stream = [IO.MemoryStream]::new() }
        $source = @{ Items = @([NestedCopyCarrier]@{ Payload = $holder }, $holder); Config = $config }

        $copy = Copy-DeepObject $source -Strategy $_ -TypePolicy @{ NestedCopyCarrier = $policy } -ErrorVariable failures -ErrorAction SilentlyContinue

        $copy | Should-BeNull
        $failures.Count | Should-Be 1
        $failures[0].FullyQualifiedErrorId | Should-Be 'NonCopyableType,DeepCopy.CopyDeepObjectCommand'
    }
}

Describe 'Measure-DeepCopy pool hits with a copier that copies' {
    It 'counts only the row''s own copies' {
        Set-DeepCopyTypePolicy -Type NestedCopyConfig -Policy { param($s) $c = [NestedCopyConfig]::new(); $c.Data = Copy-DeepObject $s.Data; $c }
        try {
            $rows = Measure-DeepCopy @{ x = [NestedCopyConfig]::new(); y = [NestedCopyConfig]::new() } -Strategy Reflection, Compiled, Pooled, Auto, Json -Iterations 5 -Warmup 1

            foreach ($row in $rows) {
                if ($row.Strategy -in 'Pooled', 'Auto') { $row.PoolHitRate | Should-Be 1.0 } else { $row.PoolHitRate | Should-BeNull }
            }
        }
        finally {
            Remove-DeepCopyTypePolicy -Type NestedCopyConfig
        }
    }
}
