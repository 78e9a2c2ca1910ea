#Requires -Version 7.2
# Copy-DeepObject's errors against the staged module (ids, categories, paths, the source left alone). build.ps1 -Task
# Test sets DEEPCOPY_MODULE_PATH. Split from Copy-DeepObject.Tests.ps1 to keep each file short.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject' {
    Context 'errors' {
        It 'refuses a stream with NonCopyableType, naming the path, and leaves the source alone' {
            $stream = [System.IO.MemoryStream]::new()
            $source = @{ cfg = @{ log = $stream } }

            $copy = Copy-DeepObject $source -ErrorVariable failures -ErrorAction SilentlyContinue

            Should-BeNull $copy
            $failure = $failures[0]
            Should-Be -Expected 'NonCopyableType,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
            Should-Be -Expected ([System.Management.Automation.ErrorCategory]::InvalidType) -Actual $failure.CategoryInfo.Category
            Should-BeSame -Expected $stream -Actual $failure.TargetObject
            Should-Be -Expected "`$['cfg']['log']" -Actual $failure.Exception.Path
            Should-BeSame -Expected $stream -Actual $source.cfg.log
        }

        It 'shares or drops non-copyable values when asked' {
            $stream = [System.IO.MemoryStream]::new()
            $source = @{ log = $stream }

            Should-BeSame -Expected $stream -Actual (Copy-DeepObject $source -NonCopyableAction Reference).log
            Should-BeNull (Copy-DeepObject $source -NonCopyableAction Null).log
        }

        It 'refuses runspaces' {
            { Copy-DeepObject @{ rs = [runspace]::DefaultRunspace } -ErrorAction Stop } |
                Should-Throw -FullyQualifiedErrorId 'NonCopyableType,DeepCopy.CopyDeepObjectCommand'
        }

        It 'stops at -MaxDepth with MaxDepthExceeded' {
            $source = @{ a = @{ b = @{ c = @{} } } }

            { Copy-DeepObject $source -MaxDepth 2 -ErrorAction Stop } |
                Should-Throw -FullyQualifiedErrorId 'MaxDepthExceeded,DeepCopy.CopyDeepObjectCommand'
            Should-NotBeNull (Copy-DeepObject $source -MaxDepth 3)
        }

        It 'counts -MaxDepth the same for pipeline input and ForEach-Object output as for literals (<Strategy>)' -ForEach @(
            @{ Strategy = 'Auto' }, @{ Strategy = 'Reflection' }, @{ Strategy = 'Compiled' }, @{ Strategy = 'Pooled' }, @{ Strategy = 'Json' }
        ) {
            # The pipeline wraps its input in a PSObject, and ForEach-Object wraps what it outputs: a wrapper and what
            # it wraps are one level, and a wrapped number at a leaf is no level at all.
            $piped = @(@{ a = @{ b = 1 } } | Copy-DeepObject -Strategy $Strategy -MaxDepth 1 -ErrorAction Stop)
            $built = @{ items = @(1..2 | ForEach-Object { @{ n = $_ } }) }
            $copy = Copy-DeepObject -InputObject $built -Strategy $Strategy -MaxDepth 2 -ErrorAction Stop

            Should-Be -Expected 1 -Actual $piped[0].a.b
            Should-BeInOrder -Expected @(1, 2) -Actual @($copy.items.n)
            $failure = $null
            try { @{ a = @{ b = @{} } } | Copy-DeepObject -Strategy $Strategy -MaxDepth 1 -ErrorAction Stop } catch { $failure = $_ }
            Should-Be -Expected 'MaxDepthExceeded,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
            Should-Be -Expected "`$['a']['b']" -Actual $failure.Exception.Path
        }

        It 'keeps copying the other pipeline items after one fails' {
            $items = @(@{ a = 1 }, @{ bad = [System.IO.MemoryStream]::new() }, @{ c = 3 })

            $copies = @($items | Copy-DeepObject -ErrorVariable failures -ErrorAction SilentlyContinue)

            Should-Be -Expected 2 -Actual $copies.Count
            Should-Be -Expected 1 -Actual $failures.Count
            Should-Be -Expected 3 -Actual $copies[1].c
        }

        It 'writes SizeLimitExceeded for JSON text past its limit, non-terminating, and copies the next item' {
            # The limit is about 2 GB; the engine lets a test lower it for its own thread, which runs this pipeline.
            $writer = [DeepCopy.Core.DeepCopier].Assembly.GetType('DeepCopy.Core.Strategies.Json.PooledByteBufferWriter', $true)
            $limit = $writer.GetProperty('MaxTextBytes', [System.Reflection.BindingFlags]'Static, NonPublic')
            $text = 'a' * 1000
            $big = [ordered]@{ items = @(1..100 | ForEach-Object { $text }) }

            $limit.SetValue($null, 65536)
            try {
                $copies = @($big, 'second item' | Copy-DeepObject -Strategy Json -ErrorVariable failures -ErrorAction SilentlyContinue)
            } finally {
                $limit.SetValue($null, 0)
            }

            Should-BeInOrder -Expected @('second item') -Actual $copies
            Should-Be -Expected 1 -Actual $failures.Count
            $failure = $failures[0]
            Should-Be -Expected 'SizeLimitExceeded,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
            Should-Be -Expected ([System.Management.Automation.ErrorCategory]::LimitsExceeded) -Actual $failure.CategoryInfo.Category
            Should-MatchString -Expected "^\$\['items'\]\[\d+\]$" -Actual $failure.Exception.Path
            Should-Be -Expected $text -Actual $failure.TargetObject
        }

        It 'rejects a MaxDepth below 1' {
            { Copy-DeepObject @{} -MaxDepth 0 } | Should-Throw -FullyQualifiedErrorId 'ParameterArgumentValidationError,DeepCopy.CopyDeepObjectCommand'
        }
    }

    Context 'Json: members a PSCustomObject cannot have' {
        BeforeAll {
            if (-not ('DeepCopyTests.ReservedNames.HasPSBase' -as [type])) {
                Add-Type -TypeDefinition @'
namespace DeepCopyTests.ReservedNames {
    public class HasPSObject { public int PSObject = 1; }
    public class HasPSBase { public int Other = 2; public int PSBase { get { return 5; } } }
    public class HasPSAdapted { public string PSAdapted { get { return "a"; } } }
    public class HasPSExtended { public string psextended = "e"; }
    public class HasPSTypeNames { public string[] PSTypeNames = { "x" }; }
}
'@
            }

            function Get-JsonCopyFailure([object] $Source) {
                $failure = $null
                try { $null = Copy-DeepObject -InputObject $Source -Strategy Json -ErrorAction Stop } catch { $failure = $_ }
                $failure
            }

            function Assert-ReservedMemberName($Failure, [string] $Path, [object] $Target, [string] $Member) {
                Should-NotBeNull $Failure -Because 'the copy must fail'
                Should-Be -Expected 'ReservedMemberName,DeepCopy.CopyDeepObjectCommand' -Actual $Failure.FullyQualifiedErrorId
                Should-Be -Expected ([System.Management.Automation.ErrorCategory]::InvalidData) -Actual $Failure.CategoryInfo.Category
                Should-Be -Expected $Path -Actual $Failure.Exception.Path
                Should-BeSame -Expected $Target -Actual $Failure.TargetObject
                Should-MatchString -Expected "member named '$Member'" -Actual $Failure.Exception.Message
                Should-MatchString -Expected 'Auto' -Actual $Failure.ErrorDetails.RecommendedAction
            }
        }

        It 'refuses a member named <Member>, in a hashtable and in an array, at its path, naming the object' -ForEach @(
            @{ Type = 'HasPSObject'; Member = 'PSObject' }
            @{ Type = 'HasPSBase'; Member = 'PSBase' }
            @{ Type = 'HasPSAdapted'; Member = 'PSAdapted' }
            @{ Type = 'HasPSExtended'; Member = 'psextended' }
            @{ Type = 'HasPSTypeNames'; Member = 'PSTypeNames' }
        ) {
            $item = ("DeepCopyTests.ReservedNames.$Type" -as [type])::new()

            Assert-ReservedMemberName (Get-JsonCopyFailure @{ item = $item }) -Path "`$['item'].$Member" -Target $item -Member $Member
            Assert-ReservedMemberName (Get-JsonCopyFailure @(1, $item)) -Path "`$[1].$Member" -Target $item -Member $Member
            Should-Be -Expected $item.GetType() -Actual (Copy-DeepObject @{ item = $item } -Strategy Auto)['item'].GetType() -Because 'the exact strategies copy it'
        }

        It 'refuses a DataTable column named PSObject, in a hashtable and in an array, naming the row' {
            $table = [System.Data.DataTable]::new()
            [void]$table.Columns.Add('id', [int])
            [void]$table.Columns.Add('PSObject')
            [void]$table.Rows.Add(1, 'v')

            Assert-ReservedMemberName (Get-JsonCopyFailure @{ t = $table }) -Path "`$['t'][0].PSObject" -Target $table.Rows[0] -Member 'PSObject'
            Assert-ReservedMemberName (Get-JsonCopyFailure @(1, @{ t = $table })) -Path "`$[1]['t'][0].PSObject" -Target $table.Rows[0] -Member 'PSObject'
        }

        It 'keeps the same names as hashtable keys' {
            $copy = Copy-DeepObject @{ PSBase = 1; pstypenames = 2 } -Strategy Json

            Should-Be -Expected 1 -Actual $copy['PSBase']
            Should-Be -Expected 2 -Actual $copy['pstypenames']
        }
    }
}
