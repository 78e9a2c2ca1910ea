#Requires -Version 7.2
# Copy-DeepObject against the staged module. build.ps1 -Task Test sets DEEPCOPY_MODULE_PATH.

BeforeAll {
    . (Join-Path $PSScriptRoot 'Support/Ordered.ps1')
    Import-Module $env:DEEPCOPY_MODULE_PATH -Force
    $script:AllStrategies = [Enum]::GetNames([DeepCopy.Core.DeepCopyStrategy])
}

AfterAll {
    Remove-Module DeepCopy -ErrorAction Ignore
}

Describe 'Copy-DeepObject' {
    Context 'copies that share nothing with their source' {
        It 'copies a nested hashtable, so a change to the copy leaves the source alone' {
            $source = @{ a = @{ b = 1 } }

            $copy = Copy-DeepObject -InputObject $source
            $copy.a.b = 2

            Should-Be -Expected 1 -Actual $source.a.b
            Should-Be -Expected 2 -Actual $copy.a.b
            Should-NotBeSame -Expected $source -Actual $copy
            Should-NotBeSame -Expected $source.a -Actual $copy.a
        }

        It 'keeps @{} case-insensitive and [ordered] in order' {
            $source = [ordered]@{ z = 1; a = 2; m = @{ Key = 'v' } }

            $copy = Copy-DeepObject $source

            Should-HaveType -Expected ([System.Collections.Specialized.OrderedDictionary]) -Actual $copy
            Should-BeInOrder -Expected @('z', 'a', 'm') -Actual @($copy.Keys)
            Should-Be -Expected 'v' -Actual $copy.m['KEY']
        }

        It 'lists the keys of $Matches and of tables of mixed keys in their source order' {
            foreach ($i in 0..39) {
                $null = "a$i" -match "(?<g$i>a)"
                $copy = Copy-DeepObject $Matches
                Should-BeInOrder -Expected @($Matches.Keys) -Actual @($copy.Keys)
            }

            $mixed = @{ k1 = 1; j1 = 3 }
            $mixed[0] = 2
            $mixed[[guid]::Empty] = @{ inner = 4 }
            $copy = Copy-DeepObject $mixed
            Should-BeInOrder -Expected @($mixed.Keys) -Actual @($copy.Keys)
            Should-NotBeSame -Expected $mixed[[guid]::Empty] -Actual $copy[[guid]::Empty]
        }

        It 'keeps the ConvertFrom-Json -AsHashtable type and key order' {
            $source = '{"b":1,"a":{"c":[1,2,{"d":3}]}}' | ConvertFrom-Json -AsHashtable

            $copy = Copy-DeepObject $source
            $copy.a.c[2].d = 99

            Should-Be -Expected $source.GetType() -Actual $copy.GetType()
            Should-BeInOrder -Expected @('b', 'a') -Actual @($copy.Keys)
            Should-Be -Expected 3 -Actual $source.a.c[2].d
        }

        It 'keeps the type and key order of a synchronized ConvertFrom-Json -AsHashtable table, with every exact strategy' {
            $json = '{"zeta":1,"alpha":2,"mike":3,"bravo":4,"yankee":5,"charlie":6,"xray":7,"delta":{"n":8}}' | ConvertFrom-Json -AsHashtable
            $source = [hashtable]::Synchronized($json)
            $field = $source.GetType().GetField('_table', [System.Reflection.BindingFlags]'NonPublic,Instance')

            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $copy = Copy-DeepObject $source -Strategy $strategy

                Should-BeTrue $copy.IsSynchronized -Because $strategy
                Should-Be -Expected $json.GetType() -Actual $field.GetValue($copy).GetType() -Because $strategy
                Should-BeInOrder -Expected @($json.Keys) -Actual @($copy.Keys) -Because $strategy
                Should-NotBeSame -Expected $json.delta -Actual $copy.delta -Because $strategy
                Compare-DeepObject $source $copy | Should -BeNullOrEmpty -Because $strategy
            }

            $reordered = [ordered]@{}
            foreach ($key in @($json.Keys)[-1..-8]) { $reordered[$key] = $json[$key] }
            $found = @(Compare-DeepObject $source ([hashtable]::Synchronized(($reordered | ConvertTo-Json | ConvertFrom-Json -AsHashtable))))
            Should-Be -Expected 'OrderDifferent' -Actual "$($found[0].Kind)" -Because 'the comparer sees the order of what the wrapper holds'
        }

        It 'keeps the key order of a synchronized @{} that grew and lost entries, wrapper or table reached first, with every exact strategy' {
            $table = @{}
            1..40 | ForEach-Object { $table["k$_"] = $_ }
            3..30 | ForEach-Object { $table.Remove("k$_") }
            41..60 | ForEach-Object { $table["k$_"] = @($_) }
            $table[1] = 'int'
            $expected = @($table.Keys)

            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $copy = Copy-DeepObject ([hashtable]::Synchronized($table)) -Strategy $strategy
                $wrapperFirst = Copy-DeepObject -InputObject @([hashtable]::Synchronized($table), $table) -Strategy $strategy
                $tableFirst = Copy-DeepObject -InputObject @($table, [hashtable]::Synchronized($table)) -Strategy $strategy

                Should-BeTrue $copy.IsSynchronized -Because $strategy
                Should-BeInOrder -Expected $expected -Actual @($copy.Keys) -Because $strategy
                Should-BeInOrder -Expected $expected -Actual @($wrapperFirst[1].Keys) -Because "$strategy, wrapper first"
                Should-BeInOrder -Expected $expected -Actual @($tableFirst[0].Keys) -Because "$strategy, table first"
                Should-BeFalse ([object]::ReferenceEquals($table.k60, $copy.k60)) -Because $strategy
            }
        }

        It 'copies ConvertFrom-Json PSCustomObjects with their members and type names' {
            $source = '{"name":"ada","address":{"city":"London"},"tags":["x","y"]}' | ConvertFrom-Json
            $source.psobject.TypeNames.Insert(0, 'Contoso.Person')

            $copy = Copy-DeepObject $source
            $copy.address.city = 'Paris'

            Should-BeTrue ($copy -is [System.Management.Automation.PSCustomObject])
            Should-BeInOrder -Expected @($source.psobject.TypeNames) -Actual @($copy.psobject.TypeNames)
            Should-BeInOrder -Expected @('name', 'address', 'tags') -Actual @($copy.psobject.Properties.Name)
            Should-Be -Expected 'London' -Actual $source.address.city
        }

        It 'copies objects that ConvertTo-Json and Get-Member have already inspected' {
            $source = '{"a":{"b":1}}' | ConvertFrom-Json
            $null = $source | ConvertTo-Json
            $null = $source | Get-Member

            $copy = Copy-DeepObject $source

            Should-Be -Expected 1 -Actual $copy.a.b
        }

        It 'gives a boxed struct a box of its own, so setting its property on the copy leaves the source alone, in every exact strategy' {
            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $source = @{
                    Cursor = [System.Management.Automation.Host.Coordinates]::new(3, 4)
                    Obj    = [pscustomobject]@{ Cursor = [System.Management.Automation.Host.Coordinates]::new(5, 6) }
                }

                $copy = Copy-DeepObject -InputObject $source -Strategy $strategy
                $copy.Cursor.X = 100
                $copy.Obj.Cursor.X = 100

                Should-Be -Expected 3 -Actual $source.Cursor.X -Because $strategy
                Should-Be -Expected 5 -Actual $source.Obj.Cursor.X -Because $strategy
                Should-Be -Expected 100 -Actual $copy.Cursor.X -Because $strategy
                Should-Be -Expected 100 -Actual $copy.Obj.Cursor.X -Because $strategy
            }
        }

        It 'carries members and type names added to objects held unwrapped, in every exact strategy' {
            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $cart = [System.Collections.Generic.List[string]]::new()
                $cart.Add('apple')
                Add-Member -InputObject $cart -NotePropertyName Owner -NotePropertyValue 'ada'
                Add-Member -InputObject $cart -MemberType ScriptMethod -Name Describe -Value { "$($this.Owner) has $($this.Count)" }
                $config = @{ Port = 80 }
                $config.PSTypeNames.Insert(0, 'Contoso.Config')

                $copy = Copy-DeepObject -InputObject @{ Cart = $cart; Config = $config } -Strategy $strategy
                $copy.Cart.Owner = 'grace'

                Should-Be -Expected 'grace has 1' -Actual $copy.Cart.Describe() -Because $strategy
                Should-Be -Expected 'ada has 1' -Actual $cart.Describe() -Because $strategy
                Should-Be -Expected 'Contoso.Config' -Actual $copy.Config.PSTypeNames[0] -Because $strategy
            }
        }

        It 'keeps a property set from a command that wrote nothing as null, in every strategy' {
            function Get-Nothing { }
            foreach ($strategy in $AllStrategies) {
                $source = @{ Name = 'job'; Items = (Get-Nothing) }
                $custom = [pscustomobject]@{ Name = 'job'; Items = (Get-Nothing) }

                $copy = Copy-DeepObject $source -Strategy $strategy
                $customCopy = Copy-DeepObject $custom -Strategy $strategy

                Should-BeTrue ($null -eq $copy.Items) -Because $strategy
                Should-BeFalse ([bool]$customCopy.Items) -Because $strategy
                if ($strategy -ne 'Json') {
                    # Json gives a plain $null, which @() counts as one item, as ConvertFrom-Json does.
                    Should-Be -Expected 0 -Actual @($customCopy.Items).Count -Because $strategy
                }
            }
        }

        It 'copies a Newtonsoft JObject (shipped with PowerShell 7) exactly, and as plain data with Json' {
            $text = '{"name":"web","ports":[80,443],"nested":{"k":null}}'
            # Member access on a JObject looks up a key, so the token's Parent is read through reflection.
            $parentOf = [Newtonsoft.Json.Linq.JToken].GetProperty('Parent')
            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $source = [Newtonsoft.Json.Linq.JObject]::Parse($text)

                $copy = Copy-DeepObject -InputObject $source -Strategy $strategy
                $copy.GetValue('ports')[0] = [Newtonsoft.Json.Linq.JValue]::new(8080)

                Should-HaveType -Expected ([Newtonsoft.Json.Linq.JObject]) -Actual $copy
                Should-Be -Expected $text -Actual $source.ToString([Newtonsoft.Json.Formatting]::None)
                Should-BeTrue ([object]::ReferenceEquals($copy, $parentOf.GetValue($parentOf.GetValue($copy.GetValue('nested')))))
            }

            $plain = Copy-DeepObject -InputObject ([Newtonsoft.Json.Linq.JObject]::Parse($text)) -Strategy Json

            Should-HaveType -Expected ([System.Management.Automation.OrderedHashtable]) -Actual $plain
            Should-BeInOrder -Expected @('name', 'ports', 'nested') -Actual @($plain.Keys)
            Should-BeInOrder -Expected @(80, 443) -Actual $plain.ports
            Should-BeTrue ($plain.nested.ContainsKey('k') -and $null -eq $plain.nested.k)
        }

        It 'keeps script properties as definitions and never runs them' {
            $script:getterRuns = 0
            $source = [pscustomobject]@{ Name = 'n' }
            $source | Add-Member -MemberType ScriptProperty -Name Loud -Value { $script:getterRuns++; $this.Name.ToUpper() }

            $copy = Copy-DeepObject $source

            Should-Be -Expected 0 -Actual $script:getterRuns
            Should-Be -Expected 'N' -Actual $copy.Loud
        }

        It 'reproduces cycles and shared references' {
            $shared = @{ v = 1 }
            $source = @{ one = $shared; two = $shared }
            $source.self = $source

            $copy = Copy-DeepObject $source

            Should-BeSame -Expected $copy -Actual $copy.self
            Should-BeSame -Expected $copy.one -Actual $copy.two
            Should-NotBeSame -Expected $shared -Actual $copy.one
        }

        It 'shares script blocks and copies secure strings and credentials' {
            $password = ConvertTo-SecureString 'secret' -AsPlainText -Force
            $source = @{ run = { 1 }; cred = [pscredential]::new('ada', $password) }

            $copy = Copy-DeepObject $source

            Should-BeSame -Expected $source.run -Actual $copy.run
            Should-NotBeSame -Expected $source.cred.Password -Actual $copy.cred.Password
            Should-Be -Expected 'secret' -Actual $copy.cred.GetNetworkCredential().Password
        }

        It 'keeps [pscredential]::Empty in a splat, so PowerShell still sees no credential, in every exact strategy' {
            $folder = [System.IO.Path]::GetTempPath()
            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $splat = @{ Path = $folder; Credential = [pscredential]::Empty }

                $copy = Copy-DeepObject $splat -Strategy $strategy

                Should-BeTrue ($copy.Credential -eq [pscredential]::Empty) -Because $strategy
                Should-BeSame -Expected ([pscredential]::Empty) -Actual $copy.Credential -Because $strategy
                # A provider refuses a credential that is not Empty ("supports credentials only on the New-PSDrive cmdlet").
                Should-Be -Expected (Get-Item @splat).FullName -Actual (Get-Item @copy -ErrorAction Stop).FullName -Because $strategy
                Compare-DeepObject $splat $copy -Independence | Should -BeNullOrEmpty -Because $strategy
            }
        }

        It 'keeps [NullString]::Value and the position mark of an error raised outside a script, in every exact strategy' {
            $pipeline = [powershell]::Create()
            try {
                $null = $pipeline.AddCommand('Get-Item').AddParameter('LiteralPath', (Join-Path ([System.IO.Path]::GetTempPath()) 'no such item 24')).Invoke()
                $raised = $pipeline.Streams.Error[0]
            }
            finally {
                $pipeline.Dispose()
            }

            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $copy = Copy-DeepObject @{ Name = [NullString]::Value; Error = $raised } -Strategy $strategy

                Should-Be -Expected '{"Name":null}' -Actual (ConvertTo-Json @{ Name = $copy.Name } -Compress) -Because $strategy
                # Rethrown, an error without a position takes the throw's; a copy that lost the mark kept none.
                $line = try { throw $copy.Error } catch { $_.InvocationInfo.ScriptLineNumber }
                Should-BeGreaterThan -Expected 0 -Actual $line -Because $strategy
            }
        }

        It 'copies Get-ChildItem output by default, sharing the provider and drive and copying the items' {
            $items = @(Get-ChildItem -LiteralPath $PSHOME -File | Select-Object -First 3)

            $copy = Copy-DeepObject -InputObject $items

            Should-Be -Expected $items.Count -Actual $copy.Count
            Should-Be -Expected $items[0].Name -Actual $copy[0].Name
            Should-BeSame -Expected $items[0].PSDrive -Actual $copy[0].PSDrive
            Should-NotBeSame -Expected $items[0].psobject.BaseObject -Actual $copy[0].psobject.BaseObject
        }

        It 'copies the ConcurrentBag that ForEach-Object -Parallel results are collected in' {
            $bag = [System.Collections.Concurrent.ConcurrentBag[object]]::new()
            1..20 | ForEach-Object -ThrottleLimit 4 -Parallel { ($using:bag).Add(@{ n = $_ }) }

            $copy = Copy-DeepObject -InputObject $bag
            foreach ($item in $copy) { $item.n = 0 }

            Should-Be -Expected 20 -Actual $copy.Count
            Should-Be -Expected 210 -Actual (($bag.ToArray() | ForEach-Object { $_.n }) | Measure-Object -Sum).Sum
        }

        It 'copies a synchronized hashtable while a thread job writes it' {
            $sync = [hashtable]::Synchronized(@{})
            $control = [hashtable]::Synchronized(@{ Stop = $false })
            $writer = Start-ThreadJob -ArgumentList $sync, $control -ScriptBlock {
                param($shared, $control)
                $end = [DateTime]::UtcNow.AddSeconds(20)
                for ($n = 0; -not $control.Stop -and [DateTime]::UtcNow -lt $end; $n++) { $shared["k$($n % 200)"] = $n }
            }
            try {
                while ($sync.Count -lt 50 -and $writer.State -in 'NotStarted', 'Running') { Start-Sleep -Milliseconds 10 }
                $copies = foreach ($round in 1..50) { Copy-DeepObject -InputObject $sync -ErrorAction Stop }
            }
            finally {
                $control.Stop = $true
                $writer | Wait-Job | Remove-Job
            }

            Should-Be -Expected 50 -Actual @($copies).Count
            Should-All -Actual $copies -FilterScript { $_.IsSynchronized -and $_.Count -ge 50 }
        }

        It 'copies a [ref] as a reference to a copy of its value' {
            $value = @{ n = 1 }
            $source = [ref] $value

            $copy = Copy-DeepObject $source
            $copy.Value.n = 2

            Should-Be -Expected 1 -Actual $value.n
        }

        It 'copies instances of a class defined in script with every exact strategy: deep fields, cycles, working methods' {
            # Such instances keep the session state their methods run in, in a hidden field: the copy shares it.
            . ([scriptblock]::Create(@'
class DeepCopyPesterNode {
    [string] $Name
    [DeepCopyPesterNode] $Next
    [System.Collections.Generic.List[int]] $Items = [System.Collections.Generic.List[int]]::new()
    [int] ItemCount() { return $this.Items.Count }
}
'@))
            $type = 'DeepCopyPesterNode' -as [type]
            $a = $type::new()
            $a.Name = 'a'
            $a.Items.Add(1)
            $b = $type::new()
            $b.Name = 'b'
            $b.Next = $a
            $a.Next = $b

            foreach ($strategy in 'Auto', 'Reflection', 'Compiled', 'Pooled') {
                $copy = Copy-DeepObject $a -Strategy $strategy
                $copy.Items.Add(2)

                Should-HaveType -Expected $type -Actual $copy
                Should-Be -Expected 'b' -Actual $copy.Next.Name
                Should-BeSame -Expected $copy -Actual $copy.Next.Next
                Should-Be -Expected 2 -Actual $copy.ItemCount()
                Should-Be -Expected 1 -Actual $a.ItemCount()
            }
        }

        It 'shares what Get-Location returns and copies a variable from Get-Variable with its value' {
            $location = Get-Location
            $x = @{ a = 1 }

            Should-BeSame -Expected $location -Actual (Copy-DeepObject $location)
            $variable = Copy-DeepObject (Get-Variable x)
            $variable.Value.a = 2

            Should-Be -Expected 'x' -Actual $variable.Name
            Should-Be -Expected 1 -Actual $x.a
        }

        It 'keeps a member removed from an ExpandoObject removed, and [Type]::Missing missing, with every strategy' {
            # The class library marks both with static objects it recognises by reference; a copy keeps those instances.
            $expando = [System.Dynamic.ExpandoObject]::new()
            $expando.A = 1
            $expando.B = @{ n = 2 }
            $remove = [System.Collections.Generic.IDictionary[string, object]].GetMethod('Remove', [type[]]@([string]))
            $null = $remove.Invoke($expando, @('A'))

            foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                $copy = Copy-DeepObject $expando -Strategy $strategy
                $arguments = Copy-DeepObject -InputObject @([Type]::Missing) -Strategy $strategy

                Should-BeInOrder -Expected @('B') -Actual @(foreach ($entry in $copy) { $entry.Key }) -Because $strategy
                Should-BeSame -Expected ([Type]::Missing) -Actual $arguments[0] -Because $strategy
            }
        }

        It 'copies a million-deep chain of hashtables without crashing the host' {
            $root = @{}
            $current = $root
            for ($i = 0; $i -lt 1000000; $i++) { $next = @{}; $current.n = $next; $current = $next }

            $copy = Copy-DeepObject $root
            $depth = 0
            for ($node = $copy; $node.ContainsKey('n'); $node = $node.n) { $depth++ }

            Should-Be -Expected 1000000 -Actual $depth
        }
    }

    Context 'input and output' {
        It 'returns a collection given with -InputObject as one object of the same type' {
            $list = [System.Collections.Generic.List[object]]::new()
            $list.Add(@{ a = 1 })
            $list.Add(2)

            $copy = Copy-DeepObject -InputObject $list

            Should-HaveType -Expected ([System.Collections.Generic.List[object]]) -Actual $copy
            Should-Be -Expected 2 -Actual $copy.Count
        }

        It 'copies each pipeline item as its own root' {
            $first = @{ a = 1 }
            $copies = @($first, @{ b = 2 } | Copy-DeepObject)

            Should-Be -Expected 2 -Actual $copies.Count
            Should-NotBeSame -Expected $first -Actual $copies[0]
            Should-Be -Expected 2 -Actual $copies[1].b
        }

        It 'accepts $null' {
            Should-BeNull (Copy-DeepObject -InputObject $null)
            Should-BeNull ($null | Copy-DeepObject)
        }

        It 'copies with every strategy' {
            foreach ($strategy in $AllStrategies) {
                $source = @{ list = [System.Collections.Generic.List[object]]@(1, @{ x = 2 }); obj = [pscustomobject]@{ p = @(1, 2) } }
                $copy = Copy-DeepObject $source -Strategy $strategy
                $copy.list[1].x = 3
                Should-Be -Expected 2 -Actual $source.list[1].x -Because $strategy
                Should-BeInOrder -Expected @(1, 2) -Actual @($copy.obj.p) -Because $strategy
            }
        }

        It 'makes copies of the bundled sample that Compare-DeepObject finds equal and independent, with every exact strategy' {
            $json = Get-Content -Raw (Join-Path $PSScriptRoot '../../samples/orders.json')
            foreach ($source in @(($json | ConvertFrom-Json -AsHashtable), ($json | ConvertFrom-Json))) {
                foreach ($strategy in $AllStrategies | Where-Object { $_ -ne 'Json' }) {
                    $copy = Copy-DeepObject -InputObject $source -Strategy $strategy
                    $differences = @(Compare-DeepObject -ReferenceObject $source -DifferenceObject $copy -Independence -MaxDifferences 5)
                    Should-BeCollection -Count 0 -Actual $differences -Because "$strategy on $($source.GetType().Name)"
                }
            }
        }

        It 'says in -Verbose which strategy ran and how many objects it copied' {
            $verbose = & { Copy-DeepObject @{ a = @{} } -Strategy Reflection -Verbose; Copy-DeepObject @{} -Strategy Reflection -Verbose } 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }

            Should-BeInOrder -Expected 'Reflection strategy: 2 objects, 1 level deep', 'Reflection strategy: 1 object, 0 levels deep' -Actual @($verbose.Message -replace '^Copied a \[.*?\] with the |, in .* ms\.$')
        }

        It 'follows $VerbosePreference when -Verbose is not given, and -Verbose:$false over it' {
            $VerbosePreference = 'Continue'

            $fromPreference = @(Copy-DeepObject @{ a = 1 } 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })
            $switchedOff = @(Copy-DeepObject @{ a = 1 } -Verbose:$false 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] })

            Should-Be -Expected 1 -Actual $fromPreference.Count
            Should-Be -Expected 0 -Actual $switchedOff.Count
        }

        It 'copies in parallel runspaces' {
            $results = 1..8 | ForEach-Object -ThrottleLimit 4 -Parallel {
                Import-Module $env:DEEPCOPY_MODULE_PATH
                $source = @{ n = $_; nested = @{ list = [System.Collections.ArrayList]@(1, 2, 3) } }
                $copy = Copy-DeepObject $source
                $copy.nested.list.Add(4) | Out-Null
                [pscustomobject]@{ Source = $source.nested.list.Count; Copy = $copy.nested.list.Count; N = $copy.n }
            }

            Should-Be -Expected 8 -Actual @($results).Count
            Should-All -Actual $results -FilterScript { $_.Source -eq 3 -and $_.Copy -eq 4 }
        }
    }
}
