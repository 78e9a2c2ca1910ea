#Requires -Version 7.2
# Copy-DeepObject -TypePolicy and the session defaults (Set-/Get-/Remove-DeepCopyTypePolicy) against the staged
# module. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH. Errors are asserted by FullyQualifiedErrorId, never by text.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
}

AfterAll {
    Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject -TypePolicy' {
    It 'shares values of a type named by its full name, and of its subtypes' {
        $stream = [IO.MemoryStream]::new()
        $source = @{ stream = $stream; list = [Collections.Generic.List[int]]::new() }

        $copy = Copy-DeepObject $source -TypePolicy @{ 'System.IO.Stream' = 'Share' }

        Should-BeTrue ([object]::ReferenceEquals($stream, $copy.stream))
        Should-BeFalse ([object]::ReferenceEquals($source.list, $copy.list))
    }

    It 'takes type accelerators, bracketed names and [type] objects as keys' {
        $source = @{ inner = @{ a = 1 }; list = [Collections.ArrayList]@(1) }

        $copy = Copy-DeepObject $source -TypePolicy @{ '[System.Collections.ArrayList]' = 'Null'; [ordered] = 'Share' }
        Should-BeNull $copy.list

        $copy = Copy-DeepObject @{ inner = @{ a = 1 } } -TypePolicy ([ordered]@{ hashtable = { param($source) if ($source.ContainsKey('a')) { @{ replaced = $true } } else { @{ root = $true } } } })
        Should-BeTrue $copy.root
    }

    It 'gives a script block copier the source as its argument and as $_, and uses what it returns' {
        $source = @{ list = [Collections.ArrayList]@(1, 2, 3) }

        $copy = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = { param($list) , [Collections.ArrayList]@($list.Count, $_.Count) } }

        Should-BeInOrder -Expected @(3, 3) -Actual @($copy.list)
        Should-HaveType ([Collections.ArrayList]) -Actual $copy.list
    }

    It 'drops a value wrapped in a PSObject, leaving $null in its place' {
        $source = @{ stream = (New-Object IO.MemoryStream) }

        $copy = Copy-DeepObject $source -TypePolicy @{ 'System.IO.Stream' = 'Null' }

        Should-BeTrue $copy.ContainsKey('stream')
        Should-BeNull $copy.stream
    }

    It 'uses Clone() only when asked, as the type defines it (shallow for ArrayList)' {
        $inner = [Collections.Generic.List[int]]@(1)
        $source = @{ list = [Collections.ArrayList]@(, $inner) }

        $copy = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = 'Clone' }

        Should-BeFalse ([object]::ReferenceEquals($source.list, $copy.list))
        Should-BeTrue ([object]::ReferenceEquals($inner, $copy.list[0]))
    }

    It 'writes a non-terminating NonCopyableType error with the path for a Throw policy' {
        $copies = @(@{ ok = 1 }, @{ bad = [Collections.ArrayList]::new() }, @{ ok = 2 }) |
            Copy-DeepObject -TypePolicy @{ 'System.Collections.ArrayList' = 'Throw' } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-BeCollection -Count 2 -Actual $copies
        Should-Be -Expected 'NonCopyableType,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected "`$['bad']" -Actual $failures[0].Exception.Path
    }

    It 'is followed by -Strategy Json as by the exact strategies, per call and from the session' {
        $source = @{ list = [Collections.ArrayList]@(1); n = 1 }

        $null = Copy-DeepObject $source -Strategy Json -TypePolicy @{ 'System.Collections.ArrayList' = 'Throw' } -NonCopyableAction Null -ErrorVariable failures -ErrorAction SilentlyContinue
        Should-Be -Expected 'NonCopyableType,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected "`$['list']" -Actual $failures[0].Exception.Path

        $copy = Copy-DeepObject $source -Strategy Json -TypePolicy @{ 'System.Collections.ArrayList' = { param($list) , [Collections.ArrayList]@('made') } }
        Should-Be -Expected 'made' -Actual $copy.list[0]

        Set-DeepCopyTypePolicy -Type System.IO.Stream -Policy Null
        try {
            $copy = Copy-DeepObject @{ log = [IO.MemoryStream]::new(); n = 1 } -Strategy Json
            Should-BeTrue $copy.Contains('log')
            Should-BeNull $copy.log
            Should-Be -Expected 1 -Actual $copy.n
        }
        finally {
            Remove-DeepCopyTypePolicy -Type System.IO.Stream
        }
    }

    It 'writes a non-terminating CopyHandlerFailed error with the path when a copier throws' {
        $source = @{ deep = @{ list = [Collections.ArrayList]::new() } }

        $copy = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = { throw 'no copies today' } } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-BeNull $copy
        Should-Be -Expected 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-Be -Expected "`$['deep']['list']" -Actual $failures[0].Exception.Path
        Should-Be -Expected 'HandlerFailed' -Actual ([string] $failures[0].Exception.Kind)
    }

    It 'fails the copy of an input whose copier writes an error, as a CopyHandlerFailed error that -ErrorAction and -ErrorVariable govern' {
        $copies = @(@(@{ list = [Collections.ArrayList]::new() }, @{ ok = 1 }) |
            Copy-DeepObject -TypePolicy @{ 'System.Collections.ArrayList' = { Write-Error 'soft failure'; , [Collections.ArrayList]::new() } } -ErrorVariable failures -ErrorAction SilentlyContinue)

        Should-Be -Expected 1 -Actual $copies.Count
        Should-Be -Expected 1 -Actual $copies[0].ok
        Should-BeCollection -Count 1 -Actual $failures
        Should-Be -Expected 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-MatchString -Expected 'soft failure' -Actual $failures[0].Exception.Message

        { Copy-DeepObject @{ list = [Collections.ArrayList]::new() } -TypePolicy @{ 'System.Collections.ArrayList' = { Get-Item -Path '/no/such/item'; , [Collections.ArrayList]::new() } } -ErrorAction Stop } |
            Should-Throw -FullyQualifiedErrorId 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand'

        # An error the copier handles itself is not the copy's.
        $copy = Copy-DeepObject @{ list = [Collections.ArrayList]::new() } -TypePolicy @{ 'System.Collections.ArrayList' = { Get-Item -Path '/no/such/item' -ErrorAction SilentlyContinue; , [Collections.ArrayList]@('made') } }
        Should-Be -Expected 'made' -Actual $copy.list[0]
    }

    It 'reports <Statement> in a copier as CopyHandlerFailed, and the caller''s loop goes on' -ForEach @(
        @{ Statement = 'break'; Copier = { break } }
        @{ Statement = 'continue'; Copier = { continue } }
        @{ Statement = 'exit'; Copier = { exit } }
    ) {
        $rounds = foreach ($round in 1..2) {
            $null = Copy-DeepObject @{ list = [Collections.ArrayList]::new() } -TypePolicy @{ 'System.Collections.ArrayList' = $Copier } -ErrorVariable failures -ErrorAction SilentlyContinue
            Should-Be -Expected 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
            Should-MatchString -Expected "'$Statement'" -Actual $failures[0].Exception.Message
            $round
        }

        Should-BeInOrder -Expected @(1, 2) -Actual @($rounds)
    }

    It 'reports a copier whose collection PowerShell unrolled, instead of copying the wrong thing' {
        $source = @{ list = [Collections.ArrayList]@(1, 2) }

        $null = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = { [Collections.ArrayList]::new() } } -ErrorVariable failures -ErrorAction SilentlyContinue

        Should-Be -Expected 'CopyHandlerFailed,DeepCopy.CopyDeepObjectCommand' -Actual $failures[0].FullyQualifiedErrorId
    }

    It 'refuses <Case> with a terminating InvalidTypePolicy error' -ForEach @(
        @{ Case = 'an unknown type name'; Policy = @{ 'No.Such.Type' = 'Share' } }
        @{ Case = 'a key that is not a type'; Policy = @{ 42 = 'Share' } }
        @{ Case = 'an unknown policy name'; Policy = @{ 'hashtable' = 'Sharee' } }
        @{ Case = 'a value that is not a policy'; Policy = @{ 'hashtable' = 3 } }
        @{ Case = 'Custom without a script block'; Policy = @{ 'hashtable' = 'Custom' } }
        @{ Case = 'a struct'; Policy = @{ 'int' = 'Null' } }
        @{ Case = 'a string'; Policy = @{ 'string' = 'Share' } }
        @{ Case = 'Clone of a type that is not ICloneable'; Policy = @{ 'System.Collections.Generic.List[int]' = 'Clone' } }
    ) {
        { Copy-DeepObject @{ a = 1 } -TypePolicy $Policy } |
            Should-Throw -FullyQualifiedErrorId 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand'
    }

    It 'says why a type cannot take a policy without the name of a C# parameter the user never typed' -ForEach @(
        @{ Policy = @{ 'int' = 'Share' } }
        @{ Policy = @{ 'System.Version' = 'Copy' } }
        @{ Policy = @{ 'System.Text.StringBuilder' = 'Clone' } }
    ) {
        $failure = $null
        try { Copy-DeepObject @{ a = 1 } -TypePolicy $Policy } catch { $failure = $_ }

        Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $failure.FullyQualifiedErrorId
        Should-NotBeNull $failure.Exception.InnerException.ParamName
        Should-BeFalse ($failure.Exception.Message.Contains("'$($failure.Exception.InnerException.ParamName)'")) -Because $failure.Exception.Message
    }
}

Describe 'Session type policies' {
    AfterEach {
        Get-DeepCopyTypePolicy | Remove-DeepCopyTypePolicy
    }

    It 'sets, lists and removes defaults that every copy in the session follows' {
        $stream = [IO.MemoryStream]::new()
        Set-DeepCopyTypePolicy -Type 'System.IO.Stream' -Policy Share
        Set-DeepCopyTypePolicy 'System.Collections.ArrayList' { param($list) , [Collections.ArrayList]@('copied') }

        $policies = @(Get-DeepCopyTypePolicy)
        Should-BeInOrder -Expected @([IO.Stream], [Collections.ArrayList]) -Actual @($policies.Type)
        Should-Be -Expected 'Share' -Actual ([string] $policies[0].Policy)
        Should-Be -Expected 'Custom' -Actual ([string] $policies[1].Policy)
        Should-HaveType ([scriptblock]) -Actual $policies[1].Copier

        $copy = Copy-DeepObject @{ stream = $stream; list = [Collections.ArrayList]::new() }
        Should-BeTrue ([object]::ReferenceEquals($stream, $copy.stream))
        Should-Be -Expected 'copied' -Actual $copy.list[0]

        Remove-DeepCopyTypePolicy -Type 'System.IO.Stream'
        Should-BeCollection -Count 1 -Actual @(Get-DeepCopyTypePolicy)
        { Copy-DeepObject @{ stream = $stream } -ErrorAction Stop } |
            Should-Throw -FullyQualifiedErrorId 'NonCopyableType,DeepCopy.CopyDeepObjectCommand'
    }

    It 'takes types and type names from the pipeline by value, and policy objects by their Type' {
        [System.IO.Stream], 'System.Collections.ArrayList' | Set-DeepCopyTypePolicy -Policy Share

        Should-BeInOrder -Expected @([IO.Stream], [Collections.ArrayList]) -Actual @((Get-DeepCopyTypePolicy).Type)

        [System.IO.Stream] | Remove-DeepCopyTypePolicy
        Should-BeInOrder -Expected @([Collections.ArrayList]) -Actual @((Get-DeepCopyTypePolicy).Type)

        Get-DeepCopyTypePolicy | Set-DeepCopyTypePolicy -Policy Null
        Should-Be -Expected 'Null' -Actual ([string] (Get-DeepCopyTypePolicy -Type System.Collections.ArrayList).Policy)
        Should-BeCollection -Count 1 -Actual @(Get-DeepCopyTypePolicy)
    }

    It 'checks every type of -Type before it sets any, and stops at the first invalid one from the pipeline' {
        { Set-DeepCopyTypePolicy -Type ([IO.MemoryStream], [int], [Text.StringBuilder]) -Policy Share } |
            Should-Throw -FullyQualifiedErrorId 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand'
        Should-BeCollection -Count 0 -Actual @(Get-DeepCopyTypePolicy)

        { [IO.MemoryStream], [int], [Text.StringBuilder] | Set-DeepCopyTypePolicy -Policy Share } |
            Should-Throw -FullyQualifiedErrorId 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand'
        Should-BeInOrder -Expected @([IO.MemoryStream]) -Actual @((Get-DeepCopyTypePolicy).Type)
    }

    It 'shows each type by its readable name in the default table, and keeps Type a System.Type' {
        Set-DeepCopyTypePolicy -Type 'System.Collections.Generic.List[int]' -Policy Share

        $policy = Get-DeepCopyTypePolicy
        $table = $policy | Format-Table | Out-String -Width 200

        Should-MatchString -Expected 'System\.Collections\.Generic\.List\[System\.Int32\] +Share' -Actual $table
        Should-BeFalse ($table.Contains('List`1'))
        Should-Be -Expected ([System.Collections.Generic.List[int]]) -Actual $policy.Type
        Should-Be -Expected 'System.Collections.Generic.List[System.Int32]' -Actual $policy.TypeName
    }

    It 'tells apart two types of one name, as a class defined again in the session makes, in the table and when one is not found' {
        # Each definition of a class is a new type of the same name, in the next "PowerShell Class Assembly" version.
        $old = Invoke-Expression 'class PolicyTwin { [int]$X = 1 }; [PolicyTwin]'
        Set-DeepCopyTypePolicy -Type PolicyTwin -Policy Null
        $new = Invoke-Expression 'class PolicyTwin { [int]$X = 2 }; [PolicyTwin]'
        Set-DeepCopyTypePolicy -Type PolicyTwin -Policy Throw
        Should-NotBe -Expected $old -Actual $new

        $table = Get-DeepCopyTypePolicy | Format-Table | Out-String -Width 300
        $oldName = 'PolicyTwin (PowerShell Class Assembly, Version={0})' -f $old.Assembly.GetName().Version
        $newName = 'PolicyTwin (PowerShell Class Assembly, Version={0})' -f $new.Assembly.GetName().Version
        Should-MatchString -Expected ([regex]::Escape($oldName) + ' +Null') -Actual $table
        Should-MatchString -Expected ([regex]::Escape($newName) + ' +Throw') -Actual $table
        Should-Be -Expected 'PolicyTwin' -Actual (Get-DeepCopyTypePolicy -Type $old).TypeName

        Remove-DeepCopyTypePolicy -Type PolicyTwin
        Remove-DeepCopyTypePolicy -Type PolicyTwin -ErrorVariable failures -ErrorAction SilentlyContinue
        Should-Be -Expected 'TypePolicyNotFound,DeepCopy.RemoveDeepCopyTypePolicyCommand' -Actual $failures[0].FullyQualifiedErrorId
        $other = 'another type of the same name: [PolicyTwin] (PowerShell Class Assembly, Version={0})' -f $old.Assembly.GetName().Version
        Should-BeTrue ($failures[0].ErrorDetails.Message.Contains($other)) -Because $failures[0].ErrorDetails.Message
        Should-BeTrue ($failures[0].ErrorDetails.RecommendedAction -like "*Get-DeepCopyTypePolicy | Where-Object TypeName -eq 'PolicyTwin' | Remove-DeepCopyTypePolicy*") -Because $failures[0].ErrorDetails.RecommendedAction
        Should-Be -Expected $new -Actual $failures[0].TargetObject

        Get-DeepCopyTypePolicy | Where-Object TypeName -eq 'PolicyTwin' | Remove-DeepCopyTypePolicy
        Should-BeCollection -Count 0 -Actual @(Get-DeepCopyTypePolicy)
    }

    It 'lets a -TypePolicy entry win over a more specific session default' {
        $stream = [IO.MemoryStream]::new()
        Set-DeepCopyTypePolicy -Type 'System.IO.MemoryStream' -Policy Null

        $copy = Copy-DeepObject @{ stream = $stream } -TypePolicy @{ 'System.IO.Stream' = 'Share' }

        Should-BeTrue ([object]::ReferenceEquals($stream, $copy.stream))
    }

    It 'changes nothing under -WhatIf' {
        Set-DeepCopyTypePolicy -Type 'System.IO.Stream' -Policy Share -WhatIf

        Should-BeCollection -Count 0 -Actual @(Get-DeepCopyTypePolicy)
    }

    It 'refuses a bad session policy with InvalidTypePolicy, and a missing one with TypePolicyNotFound' {
        { Set-DeepCopyTypePolicy -Type 'string' -Policy Null } |
            Should-Throw -FullyQualifiedErrorId 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand'

        Remove-DeepCopyTypePolicy -Type 'hashtable' -ErrorVariable failures -ErrorAction SilentlyContinue
        Should-Be -Expected 'TypePolicyNotFound,DeepCopy.RemoveDeepCopyTypePolicyCommand' -Actual $failures[0].FullyQualifiedErrorId
        Should-BeTrue ($failures[0].ErrorDetails.RecommendedAction -like '*Get-DeepCopyTypePolicy*')
    }

    It 'refuses a copier script block made in another runspace, and runs one made in its own, under ForEach-Object -Parallel' {
        $modulePath = $env:DEEPCOPY_MODULE_PATH
        $policies = @{ 'System.Collections.ArrayList' = { param($source) , [Collections.ArrayList]::new(@('from the copier')) } }
        $copierText = $policies['System.Collections.ArrayList'].ToString()

        $results = 1..8 | ForEach-Object -ThrottleLimit 8 -Parallel {
            Import-Module $using:modulePath
            $source = @{ list = [Collections.ArrayList]@(1) }

            # InvalidTypePolicy is a terminating error.
            $foreign = $null
            try { $foreign = Copy-DeepObject $source -TypePolicy $using:policies } catch { $copyError = $_ }
            $parentPolicies = $using:policies
            try { Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy $parentPolicies['System.Collections.ArrayList'] } catch { $setError = $_ }
            $local = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = [scriptblock]::Create($using:copierText) }
            [pscustomobject]@{
                Copied    = $null -ne $foreign
                CopyError = [string] $copyError.FullyQualifiedErrorId
                Advice    = [string] $copyError.ErrorDetails.RecommendedAction
                SetError  = [string] $setError.FullyQualifiedErrorId
                Local     = [string] $local.list[0]
            }
        }

        Should-Be -Expected 8 -Actual @($results).Count
        foreach ($result in $results) {
            Should-BeFalse $result.Copied
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $result.CopyError
            Should-BeTrue ($result.Advice -like '*`[scriptblock`]::Create*')
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand' -Actual $result.SetError
            Should-Be -Expected 'from the copier' -Actual $result.Local
        }
    }

    It 'refuses a [DeepCopy.Core.TypePolicy] around a copier script block made in another runspace, and runs one around .NET code, under ForEach-Object -Parallel' {
        $modulePath = $env:DEEPCOPY_MODULE_PATH
        $scriptPolicy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, object]] { param($source) , [Collections.ArrayList]::new(@('from the copier')) })
        # A delegate to a .NET method (it returns the source itself): no script block, so it may run on any thread.
        $dotNetPolicy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, object]] [Runtime.CompilerServices.RuntimeHelpers]::GetObjectValue)
        $copierText = 'param($source) , [Collections.ArrayList]::new(@(''made here''))'

        $results = 1..4 | ForEach-Object -ThrottleLimit 4 -Parallel {
            Import-Module $using:modulePath
            $source = @{ list = [Collections.ArrayList]@(1) }

            $foreign = $null
            try { $foreign = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $using:scriptPolicy } } catch { $copyError = $_ }
            try { Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy $using:scriptPolicy } catch { $setError = $_ }
            $dotNet = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $using:dotNetPolicy }
            $localPolicy = [DeepCopy.Core.TypePolicy]::Custom([Func[object, object]] [scriptblock]::Create($using:copierText))
            $local = Copy-DeepObject $source -TypePolicy @{ 'System.Collections.ArrayList' = $localPolicy }
            [pscustomobject]@{
                Copied       = $null -ne $foreign
                CopyError    = [string] $copyError.FullyQualifiedErrorId
                Advice       = [string] $copyError.ErrorDetails.RecommendedAction
                SetError     = [string] $setError.FullyQualifiedErrorId
                SessionCount = @(Get-DeepCopyTypePolicy).Count
                DotNetShared = [object]::ReferenceEquals($source.list, $dotNet.list)
                Local        = [string] $local.list[0]
            }
        }

        Should-Be -Expected 4 -Actual @($results).Count
        foreach ($result in $results) {
            Should-BeFalse $result.Copied
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.CopyDeepObjectCommand' -Actual $result.CopyError
            Should-BeTrue ($result.Advice -like '*`[scriptblock`]::Create*')
            Should-Be -Expected 'InvalidTypePolicy,DeepCopy.SetDeepCopyTypePolicyCommand' -Actual $result.SetError
            Should-Be -Expected 0 -Actual $result.SessionCount
            Should-BeTrue $result.DotNetShared
            Should-Be -Expected 'made here' -Actual $result.Local
        }
    }

    It 'shows the script block behind a [DeepCopy.Core.TypePolicy] as the session policy''s Copier' {
        $copier = { param($source) , [Collections.ArrayList]::new(@('from the copier')) }
        Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy ([DeepCopy.Core.TypePolicy]::Custom([Func[object, object]] $copier))

        $info = Get-DeepCopyTypePolicy
        $copy = Copy-DeepObject @{ list = [Collections.ArrayList]@(1) }

        Should-Be -Expected 'Custom' -Actual ([string] $info.Policy)
        Should-BeSame -Expected $copier -Actual $info.Copier
        Should-Be -Expected 'from the copier' -Actual ([string] $copy.list[0])
    }

    It 'keeps each runspace''s defaults its own under ForEach-Object -Parallel' {
        Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy Null
        $modulePath = $env:DEEPCOPY_MODULE_PATH

        $results = 1..6 | ForEach-Object -ThrottleLimit 3 -UseNewRunspace -Parallel {
            Import-Module $using:modulePath
            $inherited = @(Get-DeepCopyTypePolicy).Count
            if ($_ % 2) { Set-DeepCopyTypePolicy -Type 'System.Collections.ArrayList' -Policy Share }
            $list = [Collections.ArrayList]@(1)
            $copy = Copy-DeepObject @{ list = $list }
            [pscustomobject]@{
                Item      = $_
                Inherited = $inherited
                Shared    = [object]::ReferenceEquals($list, $copy.list)
                Copied    = $null -ne $copy.list -and -not [object]::ReferenceEquals($list, $copy.list)
            }
        }

        foreach ($result in $results) {
            Should-Be -Expected 0 -Actual $result.Inherited
            Should-Be -Expected ([bool] ($result.Item % 2)) -Actual $result.Shared
            Should-Be -Expected (-not ($result.Item % 2)) -Actual $result.Copied
        }
        # The parent runspace still has its own default, untouched by the parallel runspaces.
        $copy = Copy-DeepObject @{ list = [Collections.ArrayList]@(1) }
        Should-BeNull $copy.list
        Should-Be -Expected 'Null' -Actual ([string] (Get-DeepCopyTypePolicy).Policy)
    }
}
